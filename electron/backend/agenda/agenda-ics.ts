// The agenda as an iCalendar file: one all-day VEVENT per item on its due date. UIDs are the items'
// stable ids, so importing the file again updates events instead of duplicating them.
import { createEvents, type DateArray, type EventAttributes } from 'ics';
import type { AgendaItem, Language } from '../../../shared/contract';
import type { LocalizedText } from '../../../shared/frameworks';
import { addDays } from '../frameworks/calendar-dates';

function dateArray(date: string): DateArray {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return [year, month, day];
}

/** Names of the kinds for the .ics only (the UI translates `agenda.kind.<kind>` itself). */
export const ICS_KIND_TITLES: Readonly<Record<string, LocalizedText>> = {
  control_review: { en: 'Control review', 'zh-CN': '控制措施评审' },
  evidence_expiry: { en: 'Evidence expires', 'zh-CN': '证据到期' },
  risk_review: { en: 'Risk review', 'zh-CN': '风险评审' },
  corrective_action: { en: 'Corrective action due', 'zh-CN': '纠正措施到期' },
  objective: { en: 'Security objective due', 'zh-CN': '信息安全目标到期' },
  internal_audit: { en: 'Internal audit', 'zh-CN': '内部审核' },
  management_review: { en: 'Management review', 'zh-CN': '管理评审' },
};

function kindTitle(kind: string, titles: ReadonlyMap<string, LocalizedText>, language: Language): string {
  const title = titles.get(kind) ?? (Object.prototype.hasOwnProperty.call(ICS_KIND_TITLES, kind) ? ICS_KIND_TITLES[kind] : undefined);
  return title?.[language] ?? kind.replaceAll('_', ' ');
}

const MAX_OCTETS = 75;

/**
 * RFC 5545 §3.1: content lines are folded at 75 octets, not characters. Lines are unfolded first and
 * folded again without splitting a UTF-8 sequence, so Chinese summaries stay intact.
 */
export function foldLines(calendar: string): string {
  const lines = calendar.replace(/\r\n[ \t]/g, '').split(/\r\n/);
  const folded = lines.map((line) => {
    const parts: string[] = [];
    let current = '';
    let octets = 0;
    for (const char of line) {
      const size = Buffer.byteLength(char, 'utf8');
      // Continuation lines start with a space, which counts towards their 75 octets.
      const limit = parts.length === 0 ? MAX_OCTETS : MAX_OCTETS - 1;
      if (octets + size > limit) {
        parts.push(current);
        current = '';
        octets = 0;
      }
      current += char;
      octets += size;
    }
    parts.push(current);
    return parts.join('\r\n ');
  });
  return folded.join('\r\n');
}

export function agendaCalendar(items: readonly AgendaItem[], titles: ReadonlyMap<string, LocalizedText>, language: Language): string {
  const separator = language === 'zh-CN' ? '：' : ': ';
  const events: EventAttributes[] = items.map((item) => ({
    uid: `${item.id}@custos`,
    title: `${kindTitle(item.kind, titles, language)}${separator}${item.title}`,
    start: dateArray(item.due),
    end: dateArray(addDays(item.due, 1)),
    transp: 'TRANSPARENT',
    categories: [item.kind],
  }));
  const { error, value } = createEvents(events, { productId: '-//Custos//Agenda//EN', calName: 'Custos' });
  if (error || value === null) throw error ?? new Error('the calendar could not be written');
  return foldLines(value);
}
