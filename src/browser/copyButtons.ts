/**
 * Copy buttons: `<button data-copy="ID" hidden>` copies the citation in element ID — its access date
 * filled in and its addresses on this page's origin (citationToCopy) — and says so in the element after
 * it. Buttons stay hidden where the Clipboard API is missing; the text is selectable.
 */
import { citationToCopy } from '../lib/citationCopy.ts';

export function enableCopyButtons(root: ParentNode = document): void {
	if (!navigator.clipboard) return;
	for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
		button.hidden = false;
		button.addEventListener('click', () => {
			const status = button.nextElementSibling;
			const say = (text: string) => {
				for (const other of root.querySelectorAll('.copy-status')) other.textContent = '';
				if (status) status.textContent = text;
			};
			const text = citationToCopy(document.getElementById(button.dataset.copy!)?.textContent ?? '', location.origin, new Date());
			navigator.clipboard.writeText(text).then(
				() => say('已复制'),
				() => say('未能复制，请选中文字复制'),
			);
		});
	}
}
