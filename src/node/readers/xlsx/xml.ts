import type { _WholeXlsxProblem } from '../issues.js';
/** What the tokenizer reports. Names are local (a `x:` prefix is dropped); attributes too. @internal */
export interface _XmlHandler {
  open(name: string, attributes: Readonly<Record<string, string>>): void;
  close(name: string): void;
  text(text: string): void;
}

/** An XML part (or the zip around it) that cannot be read: broken, or past a cap. @internal */
export class _XmlError extends Error {
  readonly problem: _WholeXlsxProblem;

  constructor(problem: _WholeXlsxProblem) {
    super(problem.kind);
    this.name = 'XmlError';
    this.problem = problem;
  }
}

const ENTITY = /&(?:#x([0-9a-fA-F]{1,6})|#([0-9]{1,7})|(amp|lt|gt|quot|apos));/g;
const NAMED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const ATTRIBUTE = /([^\s=/]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

function decode(text: string): string {
  if (text.indexOf('&') < 0) return text;
  return text.replace(ENTITY, (_m, hex: string | undefined, dec: string | undefined, named: string | undefined) => {
    if (named) return NAMED[named] as string;
    const code = hex ? Number.parseInt(hex, 16) : Number(dec);
    return code <= 0x10ffff ? String.fromCodePoint(code) : '\uFFFD';
  });
}

function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

/**
 * A streaming tokenizer for the XML of spreadsheet parts, holding at most one token (a tag, a
 * comment, an unfinished entity) beyond what it has reported, and never more than `maxToken`
 * characters of it. Text is reported in pieces as it comes, so a cell of a billion characters
 * costs the caller's cap, not memory here. Entities are the five of XML and character references;
 * a DOCTYPE (which could declare more, and which no spreadsheet has) is refused, so nothing
 * expands. Nesting deeper than `maxDepth` is refused too.
 *
 * A general XML library (saxes) collects a whole text node, comment or DOCTYPE before it reports
 * it, so its memory could not be capped from outside; hence this small one.
 *
 * @internal
 */
export class _XmlTokenizer {
  #buffer = '';
  #depth = 0;
  readonly #handler: _XmlHandler;
  readonly #maxToken: number;
  readonly #maxDepth: number;

  constructor(handler: _XmlHandler, maxToken = 1024 * 1024, maxDepth = 64) {
    this.#handler = handler;
    this.#maxToken = maxToken;
    this.#maxDepth = maxDepth;
  }

  /** Reads a piece of the part. @throws _XmlError */
  write(chunk: string): void {
    this.#buffer = this.#buffer.length === 0 ? chunk : this.#buffer + chunk;
    this.#drain(false);
    if (this.#buffer.length > this.#maxToken) {
      throw new _XmlError({ kind: 'token_too_long', limit: this.#maxToken });
    }
  }

  /** The end of the part. @throws _XmlError when it ends inside a tag */
  end(): void {
    this.#drain(true);
    if (this.#buffer.trim() !== '') throw new _XmlError({ kind: 'ends_inside_tag' });
  }

  #drain(final: boolean): void {
    const buffer = this.#buffer;
    let at = 0;
    while (at < buffer.length) {
      if (buffer.charCodeAt(at) !== 0x3c) {
        const lt = buffer.indexOf('<', at);
        let end = lt < 0 ? buffer.length : lt;
        if (lt < 0 && !final) {
          // Keep an entity cut by the chunk's end for the next chunk.
          const amp = buffer.lastIndexOf('&', end - 1);
          if (amp >= at && buffer.indexOf(';', amp) < 0 && end - amp < 12) end = amp;
        }
        if (end > at) this.#handler.text(decode(buffer.slice(at, end)));
        at = end;
        if (lt < 0) break;
        continue;
      }
      const next = this.#token(buffer, at, final);
      if (next < 0) break;
      at = next;
    }
    this.#buffer = buffer.slice(at);
  }

  /** Reads the token at `at` (which is `<`); returns where the next one starts, or -1 when it is unfinished. */
  #token(buffer: string, at: number, final: boolean): number {
    if (at + 1 >= buffer.length) return -1;
    if (buffer.charCodeAt(at + 1) === 0x21) {
      // "<!": a comment, CDATA, or a declaration; wait until the first nine characters tell which.
      if (buffer.length - at < 9 && !final) return -1;
      if (buffer.startsWith('<!--', at)) {
        const end = buffer.indexOf('-->', at + 4);
        return end < 0 ? -1 : end + 3;
      }
      if (buffer.startsWith('<![CDATA[', at)) {
        const end = buffer.indexOf(']]>', at + 9);
        if (end < 0) return -1;
        this.#handler.text(buffer.slice(at + 9, end));
        return end + 3;
      }
      throw new _XmlError({ kind: 'doctype' });
    }
    if (buffer.charCodeAt(at + 1) === 0x3f) {
      const end = buffer.indexOf('?>', at + 2);
      return end < 0 ? -1 : end + 2;
    }
    const end = tagEnd(buffer, at + 1);
    if (end < 0) return -1;
    this.#tag(buffer.slice(at + 1, end));
    return end + 1;
  }

  #tag(text: string): void {
    if (text.startsWith('/')) {
      this.#depth--;
      this.#handler.close(localName(text.slice(1).trim()));
      return;
    }
    const selfClosing = text.endsWith('/');
    const body = selfClosing ? text.slice(0, -1) : text;
    const space = body.search(/\s/);
    const name = localName(space < 0 ? body : body.slice(0, space));
    if (name === '') throw new _XmlError({ kind: 'tag_without_name' });
    const attributes: Record<string, string> = Object.create(null);
    if (space >= 0) {
      for (const m of body.slice(space).matchAll(ATTRIBUTE)) {
        attributes[localName(m[1] as string)] = decode(m[2] ?? m[3] ?? '');
      }
    }
    if (!selfClosing && ++this.#depth > this.#maxDepth) {
      throw new _XmlError({ kind: 'too_deep', limit: this.#maxDepth });
    }
    this.#handler.open(name, attributes);
    if (selfClosing) this.#handler.close(name);
  }
}

/** The `>` closing a tag that starts after `from`, skipping quoted attribute values; -1 when not there yet. */
function tagEnd(buffer: string, from: number): number {
  let quote = 0;
  for (let i = from; i < buffer.length; i++) {
    const c = buffer.charCodeAt(i);
    if (quote !== 0) {
      if (c === quote) quote = 0;
    } else if (c === 0x22 || c === 0x27) quote = c;
    else if (c === 0x3e) return i;
  }
  return -1;
}
