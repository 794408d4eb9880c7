import { describe, expect, it } from 'vitest';
import { SseParser } from '../../../renderer/src/client/sse';

const encode = (text: string) => new TextEncoder().encode(text);

describe('SseParser', () => {
  it('yields the data of each complete event', () => {
    const parser = new SseParser();
    expect(parser.push('data: {"a":1}\n\ndata: {"b":2}\n\n')).toEqual(['{"a":1}', '{"b":2}']);
  });

  it('keeps an event split across chunks until its blank line arrives', () => {
    const parser = new SseParser();
    expect(parser.push('da')).toEqual([]);
    expect(parser.push('ta: {"type":"job.pro')).toEqual([]);
    expect(parser.push('gress"}\n')).toEqual([]);
    expect(parser.push('\n')).toEqual(['{"type":"job.progress"}']);
  });

  it('handles CRLF line endings, including a CR at the end of one chunk and LF at the start of the next', () => {
    const parser = new SseParser();
    expect(parser.push('data: x\r')).toEqual([]);
    expect(parser.push('\n\r\n')).toEqual(['x']);
    expect(parser.push('data: y\r\rdata: z\n\n')).toEqual(['y', 'z']);
  });

  it('decodes a UTF-8 character split between two byte chunks', () => {
    const parser = new SseParser();
    const bytes = encode('data: {"name":"数据"}\n\n');
    const cut = bytes.indexOf(0xe6) + 1; // inside the first Chinese character
    expect(parser.push(bytes.slice(0, cut))).toEqual([]);
    expect(parser.push(bytes.slice(cut))).toEqual(['{"name":"数据"}']);
  });

  it('joins multi-line data, ignores comments and other fields', () => {
    const parser = new SseParser();
    expect(parser.push(': keep-alive\n\nevent: message\nid: 7\ndata: line 1\ndata:line 2\nretry: 10\n\n')).toEqual(['line 1\nline 2']);
  });

  it('drops an unfinished event when the stream ends', () => {
    const parser = new SseParser();
    parser.push('data: partial');
    expect(parser.end()).toEqual([]);
    expect(parser.push('data: next\n\n')).toEqual(['next']);
  });
});
