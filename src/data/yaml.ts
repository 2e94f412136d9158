import { LineCounter, parseDocument, isMap, isSeq, isScalar, visit, type Node } from 'yaml';
import { invisibleCharacter } from '../errors/editor-error.ts';
import { editorError } from '../errors/messages.ts';

/**
 * A parsed YAML text that can say on which line a value stands, so that schema errors point editors at the
 * line to change.
 */
export interface LocatedYaml {
  value: unknown;
  /** 1-based line of the node at `path` (keys and list indexes), or of the nearest parent that exists. */
  lineOf(path: readonly PropertyKey[]): number;
}

export function parseLocatedYaml(text: string, file: string, firstLine = 1): LocatedYaml {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const [error] = doc.errors;
  if (error) {
    const line = lineCounter.linePos(error.pos[0]).line + firstLine - 1;
    throw editorError('yaml-syntax', { file, line }, { found: error.message.split('\n')[0]! });
  }
  const lineOfNode = (node: Node | null | undefined): number | undefined =>
    node?.range ? lineCounter.linePos(node.range[0]).line + firstLine - 1 : undefined;
  // Text that reads differently than it is stored (a direction override in a place name, a zero-width space
  // in an id) is refused wherever it stands, as it is in CSV cells.
  visit(doc, {
    Scalar(_, node) {
      const char = typeof node.value === 'string' ? invisibleCharacter.exec(node.value)?.[0] : undefined;
      if (char) throw editorError('invisible-character', { file, line: lineOfNode(node), where: 'YAML' }, { found: node.value as string, char, in: 'value' });
    },
  });

  return {
    value: doc.toJS(),
    lineOf(path) {
      let node: unknown = doc.contents;
      let line = lineOfNode(doc.contents as Node) ?? firstLine;
      for (const key of path) {
        let next: unknown;
        if (isMap(node)) {
          const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(key));
          if (pair && isScalar(pair.key)) line = lineOfNode(pair.key) ?? line;
          next = pair?.value;
        } else if (isSeq(node) && typeof key === 'number') {
          next = node.items[key];
          line = lineOfNode(next as Node) ?? line;
        }
        if (!next) break;
        node = next;
      }
      return line;
    },
  };
}
