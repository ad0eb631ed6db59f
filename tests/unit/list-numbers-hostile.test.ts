// Word's list numbers are written into a notice's text before it is read; a hostile Word file whose
// numbering or document opens elements that never close must pass through in one scan, unchanged.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { writeListNumbers } from '../../src/importer/zip/list-numbers.ts';

describe('list numbers on hostile Word XML', () => {
  it('leaves a document of 200,000 paragraphs that never close as it was', () => {
    const document = `<w:numPr></w:numPr>${'<w:p>x'.repeat(200_000)}`;
    assert.equal(writeListNumbers(document, '<w:num w:numId="1"></w:num>'), document);
  });

  it('reads no list from 200,000 list definitions that never close', () => {
    const document =
      '<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>甲</w:t></w:r></w:p>';
    const numbering = '<w:abstractNum w:abstractNumId="1">'.repeat(200_000);
    assert.equal(writeListNumbers(document, numbering), document);
  });
});
