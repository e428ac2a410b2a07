import type { Block, Document, ReadonlyDeep, SourceRange, TableCell } from '@gongbao/core';

/** A piece of text of a document with the block it belongs to and a path to find it again. */
export interface TextPiece {
  /** JSON-pointer-like path from the document, e.g. `enclosures/0/body/2/children/0`. */
  readonly path: string;
  /** The block holding the text (`undefined` for the document's title). */
  readonly block: ReadonlyDeep<Block> | undefined;
  /** The text: a paragraph, a heading with its marker, a list item, a note, or one table row. */
  readonly text: string;
  /** Where the text is in the source, when known: the block's range, or a table row's own range. */
  readonly source: ReadonlyDeep<SourceRange> | undefined;
}

const cell = (value: TableCell | undefined): string => (value === null || value === undefined ? '' : String(value));

function* fromBlocks(blocks: ReadonlyDeep<Block[]>, path: string): Generator<TextPiece> {
  for (const [i, block] of blocks.entries()) {
    const here = `${path}/${i}`;
    switch (block.type) {
      case 'heading':
        yield { path: here, block, text: `${block.marker?.raw ?? ''}${block.text}`, source: block.source };
        yield* fromBlocks(block.children, `${here}/children`);
        break;
      case 'paragraph':
        yield { path: here, block, text: block.text, source: block.source };
        break;
      case 'note':
        yield { path: here, block, text: `${block.label}：${block.text}`, source: block.source };
        break;
      case 'list':
        for (const [j, item] of block.items.entries()) {
          yield {
            path: `${here}/items/${j}`,
            block,
            text: `${item.marker?.raw ?? ''}${item.text}`,
            source: item.source ?? block.source,
          };
        }
        break;
      case 'table': {
        const { table } = block;
        yield { path: `${here}/table/title`, block, text: table.title, source: block.source };
        for (const [j, row] of table.rows.entries()) {
          const text = table.columns.map((column) => cell(row[column.name])).join('\t');
          yield { path: `${here}/table/rows/${j}`, block, text, source: table.rowSources?.[j] ?? block.source };
        }
        for (const [j, note] of table.notes.entries()) {
          yield { path: `${here}/table/notes/${j}`, block, text: note, source: block.source };
        }
        break;
      }
    }
  }
}

/**
 * Every piece of text of a document in reading order: title, body, enclosures, attachments
 * (their bodies or nested documents).
 */
export function* textPieces(doc: ReadonlyDeep<Document>): Generator<TextPiece> {
  yield { path: 'title', block: undefined, text: doc.title, source: doc.source };
  yield* fromBlocks(doc.body, 'body');
  for (const [i, enclosure] of doc.enclosures.entries()) {
    yield { path: `enclosures/${i}/title`, block: undefined, text: enclosure.title, source: enclosure.source };
    yield* fromBlocks(enclosure.body, `enclosures/${i}/body`);
  }
  for (const [i, attachment] of doc.attachments.entries()) {
    yield { path: `attachments/${i}/title`, block: undefined, text: attachment.title, source: attachment.source };
    if (attachment.body) yield* fromBlocks(attachment.body, `attachments/${i}/body`);
    if (attachment.document) {
      yield {
        path: `attachments/${i}/document/title`,
        block: undefined,
        text: attachment.document.title,
        source: attachment.document.source,
      };
      yield* fromBlocks(attachment.document.body, `attachments/${i}/document/body`);
    }
  }
}
