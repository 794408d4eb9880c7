// Incremental parser for a `text/event-stream` body. Network chunks may end anywhere — in the middle
// of a line, of a UTF-8 sequence or of an event — so the parser keeps what it has not yet seen the
// end of and only yields complete events.

export class SseParser {
  private readonly decoder = new TextDecoder('utf-8');
  private buffer = '';
  private dataLines: string[] = [];
  private pendingCarriageReturn = false;

  /** Feeds one chunk; returns the `data` payloads of the events it completed. */
  push(chunk: Uint8Array | string): string[] {
    const text = typeof chunk === 'string' ? chunk : this.decoder.decode(chunk, { stream: true });
    return this.consume(text);
  }

  /** Call when the stream ends: an event without its closing blank line is dropped, as the spec says. */
  end(): string[] {
    const rest = this.decoder.decode();
    const events = rest ? this.consume(rest) : [];
    this.buffer = '';
    this.dataLines = [];
    this.pendingCarriageReturn = false;
    return events;
  }

  private consume(text: string): string[] {
    let input = text;
    // A '\r' at the end of the previous chunk may be the first half of '\r\n'.
    if (this.pendingCarriageReturn) {
      this.pendingCarriageReturn = false;
      if (input.startsWith('\n')) input = input.slice(1);
    }
    this.buffer += input;
    const events: string[] = [];
    for (;;) {
      const match = /\r\n|\r|\n/.exec(this.buffer);
      if (!match) break;
      if (match[0] === '\r' && match.index === this.buffer.length - 1) {
        this.pendingCarriageReturn = true;
      }
      const line = this.buffer.slice(0, match.index);
      this.buffer = this.buffer.slice(match.index + match[0].length);
      const event = this.line(line);
      if (event !== null) events.push(event);
    }
    return events;
  }

  private line(line: string): string | null {
    if (line === '') {
      if (this.dataLines.length === 0) return null;
      const data = this.dataLines.join('\n');
      this.dataLines = [];
      return data;
    }
    if (line.startsWith(':')) return null; // comment / keep-alive
    const colon = line.indexOf(':');
    const field = colon === -1 ? line : line.slice(0, colon);
    let value = colon === -1 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'data') this.dataLines.push(value);
    // `event`, `id` and `retry` carry nothing this app uses: every event is typed inside its JSON.
    return null;
  }
}
