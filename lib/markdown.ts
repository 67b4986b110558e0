// The light Markdown that notes are written in (paragraphs, - and 1. lists, **strong**, *emphasis*,
// `code`, [links](https://…), bare links), shared by the note list, which renders it, and search,
// which shows a note's words in a snippet without the marks around them.

/** One inline token: strong, emphasis, code, a [label](href) link or a bare http(s) link. */
export const INLINE_MARKDOWN = /(\*\*[^*\n]+\*\*|__[^_\n]+__|\*[^*\n]+\*|_[^_\n]+_|`[^`\n]+`|\[[^\]\n]+\]\([^)\s]+\)|https?:\/\/[^\s<>()]+[^\s<>().,;:!?'"])/g;
export const BULLET_ITEM = /^\s*[-*+]\s+/;
export const NUMBERED_ITEM = /^\s*\d+[.)]\s+/;

/** What an inline token reads as: its text without the marks (a link reads as its label). */
export function tokenText(token: string): string {
  if (token.startsWith('**') || token.startsWith('__')) return token.slice(2, -2);
  if (token.startsWith('[')) return token.slice(1, token.indexOf(']('));
  if (/^https?:/i.test(token)) return token;
  return token.slice(1, -1);
}

/** A note as a reader sees it, as plain text: the words the note list shows, line by line. */
export function markdownToText(source: string): string {
  return source
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(BULLET_ITEM, '').replace(NUMBERED_ITEM, '').replace(INLINE_MARKDOWN, tokenText))
    .join('\n');
}
