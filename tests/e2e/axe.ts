import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** Runs axe-core's WCAG 2.1 A and AA rules in light and in dark colour scheme, and expects no violations. */
export async function expectAccessible(page: Page): Promise<void> {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(
      violations.map((violation) => `${colorScheme}: ${violation.id}: ${violation.nodes.map((node) => node.target).join(' ')}`),
    ).toEqual([]);
  }
}
