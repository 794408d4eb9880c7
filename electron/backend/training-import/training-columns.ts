// The headers HR and LMS exports use, in English and Chinese, for each field a people or completions
// file can fill; from them the header row is found and a column mapping proposed. Headers are
// compared with the inventory import's normalisation (case, width, spacing and punctuation ignored).
import { TRAINING_IMPORT_FIELDS, TRAINING_IMPORT_KINDS, type TrainingImportKind } from '../../../shared/contract/areas/training-import';
import type { ColumnMapping } from '../../../shared/contract/areas/inventory-import';
import { normalise } from '../inventory-import/import-values';

type Headers = Record<string, readonly string[]>;

const PEOPLE_HEADERS: Headers = {
  name: ['name', 'full name', 'employee name', 'staff name', 'display name', 'person', 'employee', '姓名', '员工姓名', '名字', '全名', '员工'],
  email: ['email', 'e-mail', 'email address', 'work email', 'mail', 'employee email', '邮箱', '电子邮件', '电子邮箱', '邮件地址', '工作邮箱', '邮箱地址'],
  department: ['department', 'dept', 'division', 'team', 'business unit', 'org unit', '部门', '所属部门', '部门名称', '团队'],
  role: ['role', 'job title', 'title', 'position', 'job role', 'job', '职位', '岗位', '角色', '职务', '职称'],
  startDate: ['start date', 'hire date', 'date of hire', 'joined', 'join date', 'joining date', 'employment start', 'start', '入职日期', '入职时间', '开始日期', '入职'],
  leaveDate: ['leave date', 'termination date', 'end date', 'exit date', 'leaving date', 'last day', 'left', '离职日期', '离职时间', '结束日期', '离职'],
  manager: ['manager', 'line manager', 'manager email', 'manager name', 'supervisor', 'reports to', '经理', '直属上级', '上级', '直属经理', '汇报对象', '上级邮箱', '经理邮箱'],
};

const COMPLETION_HEADERS: Headers = {
  personEmail: ['email', 'e-mail', 'person email', 'learner email', 'user email', 'employee email', 'email address', '邮箱', '电子邮件', '电子邮箱', '学员邮箱', '员工邮箱'],
  personName: ['name', 'person', 'learner', 'learner name', 'user', 'user name', 'employee', 'employee name', 'full name', '姓名', '学员', '学员姓名', '员工', '员工姓名'],
  course: ['course', 'course title', 'course name', 'course code', 'course id', 'training', 'training title', 'training name', 'module', '课程', '课程名称', '课程编号', '课程代码', '培训', '培训名称', '培训课程'],
  completedOn: ['completed', 'completed on', 'completion date', 'date completed', 'completed date', 'completion', 'finished', 'finished on', 'date', '完成日期', '完成时间', '完成于', '日期'],
  score: ['score', 'result', 'grade', 'mark', 'percent', 'score %', '分数', '成绩', '得分'],
  certificateRef: ['certificate', 'certificate reference', 'certificate ref', 'certificate number', 'certificate no', 'certificate id', 'cert', '证书', '证书编号', '证书号', '证书号码'],
};

export const TRAINING_HEADERS: Record<TrainingImportKind, Headers> = { people: PEOPLE_HEADERS, completions: COMPLETION_HEADERS };

let tables: Record<TrainingImportKind, Map<string, string>> | null = null;

/** Normalised header → field, per kind (the first field naming a header keeps it). */
function aliasTables(): Record<TrainingImportKind, Map<string, string>> {
  if (tables) return tables;
  const build = (kind: TrainingImportKind) => {
    const table = new Map<string, string>();
    for (const field of TRAINING_IMPORT_FIELDS[kind]) {
      for (const header of [field, ...(TRAINING_HEADERS[kind][field] ?? [])]) {
        const key = normalise(header);
        if (key !== '' && !table.has(key)) table.set(key, field);
      }
    }
    return table;
  };
  tables = { people: build('people'), completions: build('completions') };
  return tables;
}

/** Whether a cell reads as a header of either kind of file. */
export function isTrainingHeader(cell: string): boolean {
  const key = normalise(cell);
  const { people, completions } = aliasTables();
  return people.has(key) || completions.has(key);
}

/** Each field at most once, the first matching column winning. */
export function proposeTrainingMapping(headers: readonly string[], kind: TrainingImportKind): ColumnMapping {
  const table = aliasTables()[kind];
  const used = new Set<string>();
  return headers.map((header) => {
    const field = table.get(normalise(header)) ?? null;
    if (field === null || used.has(field)) return null;
    used.add(field);
    return field;
  });
}

/** Completions when the headers name a course or a completion date, else people. */
export function suggestKind(headers: readonly string[]): TrainingImportKind {
  const mapping = proposeTrainingMapping(headers, 'completions');
  return mapping.includes('course') || mapping.includes('completedOn') ? 'completions' : 'people';
}

export function trainingProposals(headers: readonly string[]): Record<TrainingImportKind, ColumnMapping> {
  return Object.fromEntries(TRAINING_IMPORT_KINDS.map((kind) => [kind, proposeTrainingMapping(headers, kind)])) as Record<TrainingImportKind, ColumnMapping>;
}
