import { httpStatusOf, isDomainError } from '@sanxiang/domain';
import { html } from '../html.ts';
import { layout } from '../layout.ts';

/**
 * Renders a law page, or the reason it cannot be shown (no such law, an invalid date) with the matching
 * status, so a mistyped link gets a readable page instead of a bare error.
 */
export const renderProblem = async (demo: boolean, render: () => Promise<string>): Promise<{ status: number; html: string }> => {
  try {
    return { status: 200, html: await render() };
  } catch (e) {
    if (!isDomainError(e)) throw e;
    const body = html`<h1>无法显示</h1><section class="card"><p>${e.message}</p><p><a href="/laws">返回法律法规列表</a></p></section>`;
    return { status: httpStatusOf[e.category], html: layout({ title: '无法显示', demo, body }) };
  }
};
