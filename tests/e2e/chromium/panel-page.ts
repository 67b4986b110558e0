// Page object for Gloss's panel (entrypoints/sidepanel), written against the panel's DOM contract:
// `main#gloss[data-state]`, the reader `article[data-testid=reader]`, the save button and the
// saved list. Tests say what they check; this file knows where it is on the page.
import { expect, type Locator, type Page } from '@playwright/test';
import { normalise } from '../support/gold';

export type PanelState = 'loading' | 'article' | 'not-article' | 'restricted' | 'no-access' | 'error' | 'empty';

export class PanelPage {
  readonly root: Locator;
  readonly reader: Locator;
  readonly title: Locator;
  readonly body: Locator;
  readonly byline: Locator;
  readonly site: Locator;
  readonly published: Locator;
  readonly readingTime: Locator;
  readonly originalLink: Locator;
  readonly stateMessage: Locator;
  readonly stateReason: Locator;
  readonly saveButton: Locator;
  readonly openSavedButton: Locator;
  readonly savedList: Locator;
  readonly savedItems: Locator;

  constructor(readonly page: Page) {
    this.root = page.locator('main#gloss');
    this.reader = page.locator('article[data-testid="reader"]');
    this.title = this.reader.locator('h1').first();
    this.body = this.reader.getByTestId('article-body');
    this.byline = this.reader.getByTestId('byline');
    this.site = this.reader.getByTestId('site');
    this.published = this.reader.locator('time[data-testid="published"]');
    this.readingTime = this.reader.getByTestId('reading-time');
    this.originalLink = this.reader.locator('a[data-testid="original-link"]');
    this.stateMessage = page.getByTestId('state-message');
    this.stateReason = page.getByTestId('state-reason');
    this.saveButton = page.locator('button[data-testid="save"]');
    this.openSavedButton = page.getByTestId('open-saved');
    this.savedList = page.getByTestId('saved-list');
    this.savedItems = this.savedList.locator('li[data-testid="saved-item"]');
  }

  /** Waits until the panel has settled into `state` (it passes through `loading` first). */
  async expectState(state: PanelState, timeout = 30_000): Promise<void> {
    try {
      await expect(this.root, 'the panel renders main#gloss').toBeAttached({ timeout });
      await expect(this.root, `panel data-state should become "${state}"`).toHaveAttribute('data-state', state, {
        timeout,
      });
    } catch (error) {
      // Say what the panel shows instead: "not-article: …" is a better failure than a timeout.
      (error as Error).message += `\nThe panel shows: ${await this.describe()}`;
      throw error;
    }
  }

  /** The reader is showing an article. */
  async expectArticle(timeout?: number): Promise<void> {
    await this.expectState('article', timeout);
    await expect(this.reader).toBeVisible();
  }

  /** Text of the article body, whitespace (U+00A0 included) collapsed. */
  async bodyText(): Promise<string> {
    return normalise((await this.body.textContent()) ?? '');
  }

  /** Everything the reader shows (title, meta line, body), whitespace collapsed. */
  async readerText(): Promise<string> {
    return normalise((await this.reader.textContent()) ?? '');
  }

  async titleText(): Promise<string> {
    return normalise((await this.title.textContent()) ?? '');
  }

  async save(): Promise<void> {
    await this.saveButton.click();
  }

  async openSaved(): Promise<void> {
    await this.openSavedButton.click();
    await expect(this.savedList).toBeVisible();
  }

  /** For failure messages: the state the panel is in and what it says. */
  async describe(): Promise<string> {
    return this.page
      .evaluate(() => {
        const root = document.querySelector('main#gloss');
        const msg = document.querySelector('[data-testid="state-message"]')?.textContent ?? '';
        const reason = document.querySelector('[data-testid="state-reason"]')?.textContent ?? '';
        return root
          ? `data-state=${root.getAttribute('data-state')} ${msg} ${reason}`.trim()
          : `no main#gloss; body: ${document.body?.textContent?.slice(0, 200) ?? ''}`;
      })
      .catch((e: Error) => `unavailable (${e.message})`);
  }
}
