import { describe, expect, it } from 'vitest';
import { linkedin } from '../../../entrypoints/content/sites/linkedin';
import { NOW, TWO_DAYS_AGO, checkComposer, loadFixture } from './fixture';

describe('LinkedIn adapter', () => {
  it('reads a new post in the classic share box (Quill), empty line and mention kept', () => {
    checkComposer(linkedin, 'linkedin', {
      fixture: 'share-box-quill',
      text: "We're hiring 3 engineers in Berlin!\n\nApply by Friday: https://acme.example/jobs or ask Jane Doe.",
      kind: 'post',
    });
  });

  it('leaves the search box, the message box and Quill’s clipboard alone', () => {
    loadFixture('linkedin', 'share-box-quill');
    for (const selector of ['.search-global-typeahead__input', '.msg-form__contenteditable', '.ql-clipboard']) {
      expect(linkedin.findComposer(document.querySelector(selector)!), selector).toBeNull();
    }
  });

  it('reads a comment on a post, dated by the activity id in its URN', () => {
    checkComposer(linkedin, 'linkedin', {
      fixture: 'comment-quill',
      text: 'Congratulations to the whole team! 👏\nSharing with my network.',
      kind: 'reply',
      parent: { text: 'We are hiring engineers!\nRemote-friendly, Berlin office.', createdAt: TWO_DAYS_AGO, approximate: true },
    });
  });

  it('falls back to the relative label when the post has no URN', () => {
    loadFixture('linkedin', 'comment-quill');
    for (const element of document.querySelectorAll('[data-urn], [data-id^="urn:li:activity"]')) {
      element.removeAttribute('data-urn');
      element.removeAttribute('data-id');
    }
    const editor = document.querySelector<HTMLElement>('.ql-editor')!;
    expect(linkedin.parent(editor, NOW)).toMatchObject({ createdAt: TWO_DAYS_AGO, approximate: true });
  });

  it('reads a reply inside a comment, with the comment (not the post) as parent', () => {
    checkComposer(linkedin, 'linkedin', {
      fixture: 'reply-to-comment-quill',
      text: 'Kim Park yes, juniors are welcome – apply by Friday.',
      kind: 'reply',
      parent: { text: "Is this open to juniors? The post doesn't say.", createdAt: TWO_DAYS_AGO, approximate: true },
    });
  });

  it('reads a new post in the new UI’s TipTap editor: hard breaks and empty paragraph', () => {
    checkComposer(linkedin, 'linkedin', {
      fixture: 'share-box-tiptap',
      text: 'Three lessons from shipping our first AI feature:\n1. Start small\n2. Measure\n3. Listen\n\n#product #ai',
      kind: 'post',
    });
  });

  it('reads a comment in the new UI’s comment box, dated by the relative label', () => {
    checkComposer(linkedin, 'linkedin', {
      fixture: 'comment-tiptap',
      text: 'Congrats Jane Doe! See you at the opening.',
      kind: 'reply',
      parent: { text: 'We just opened our Berlin office 🎉\nCome say hi on Friday.', createdAt: TWO_DAYS_AGO, approximate: true },
    });
  });
});
