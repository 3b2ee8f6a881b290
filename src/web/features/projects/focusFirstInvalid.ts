/** Where focus goes inside an invalid group, in order of preference: the chosen option first. */
const FOCUSABLE = ['input:checked', 'input', 'textarea', 'select', 'button'];

/**
 * After a refused submit, moves focus to the first field marked invalid, once React has marked it,
 * so keyboard and screen reader users land on what needs fixing. A group (radio buttons) passes
 * focus to its chosen option.
 */
export function focusFirstInvalid(container: HTMLElement): void {
  requestAnimationFrame(() => {
    const invalid = container.querySelector<HTMLElement>('[aria-invalid="true"]');
    if (!invalid) return;
    if (invalid.matches('input, textarea, select, button')) {
      invalid.focus();
      return;
    }
    for (const selector of FOCUSABLE) {
      const inside = invalid.querySelector<HTMLElement>(selector);
      if (inside) {
        inside.focus();
        return;
      }
    }
  });
}
