/**
 * Copy buttons: `<button data-copy="ID" hidden>` copies the text of element ID and says so in the
 * element after it. Buttons stay hidden where the Clipboard API is missing; the text is selectable.
 */
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
			const text = document.getElementById(button.dataset.copy!)?.textContent ?? '';
			navigator.clipboard.writeText(text).then(
				() => say('已复制'),
				() => say('未能复制，请选中文字复制'),
			);
		});
	}
}
