// The leaders' dashboard: charts that open the tasks behind what was clicked.
import type { Locator, Page } from 'playwright-core';

// The few SVG calls the in-page search needs (the tests compile without the DOM library).
interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}
interface Shape {
  getBBox(): Box;
  getScreenCTM(): { a: number; b: number; c: number; d: number; e: number; f: number } | null;
  isPointInFill(point: { x: number; y: number }): boolean;
}
interface Drawing {
  querySelectorAll(selector: string): ArrayLike<Shape>;
}

/**
 * Runs in the page: a screen point inside the largest shape of the colour, or null. Written
 * without inner named functions: the test runner's compiler would wrap them in a helper the page
 * does not have.
 */
function insidePointOf(svg: Drawing, fill: string): { x: number; y: number } | null {
  let shape: Shape | null = null;
  let largest = -1;
  // Legend icons are drawn with a transform, bars and slices in place: skip the legend.
  for (const candidate of Array.from(svg.querySelectorAll(`path[fill="${fill}"]:not([transform])`))) {
    const box = candidate.getBBox();
    if (box.width * box.height > largest) {
      largest = box.width * box.height;
      shape = candidate;
    }
  }
  const m = shape?.getScreenCTM();
  if (!shape || !m) return null;
  const box = shape.getBBox();
  for (let i = 1; i < 20; i++)
    for (let j = 1; j < 20; j++) {
      const x = box.x + (box.width * i) / 20;
      const y = box.y + (box.height * j) / 20;
      if (shape.isPointInFill({ x, y })) return { x: m.a * x + m.c * y + m.e, y: m.b * x + m.d * y + m.f };
    }
  return null;
}

export class DashboardPageModel {
  constructor(readonly page: Page) {}

  async open(baseUrl: string, period: string): Promise<void> {
    await this.page.goto(`${baseUrl}/dashboard?period=${period}`);
    await this.page.locator('[data-chart-ready="true"]').first().waitFor();
  }

  /** A chart's card by its title. */
  chart(title: string): Locator {
    return this.page.locator(`[data-chart="${title}"]`);
  }

  /**
   * Clicks the largest drawn shape (bar or slice) of the given colour. Charts are SVG, so the shape is
   * an element; the click lands on a point inside its fill (a ring slice's box centre is in the hole).
   */
  async clickShape(title: string, color: string): Promise<void> {
    const chart = this.chart(title);
    await chart.locator('[data-chart-ready="true"]').waitFor();
    await chart.scrollIntoViewIfNeeded();
    await this.page.waitForTimeout(800); // the drawing animates in
    const point = await chart.locator('svg').evaluate(insidePointOf, color);
    if (!point) throw new Error(`no shape filled ${color} in chart ${title}`);
    await this.page.mouse.click(point.x, point.y);
  }

  drillDown(): Locator {
    return this.page.locator('.ant-drawer-body');
  }
}
