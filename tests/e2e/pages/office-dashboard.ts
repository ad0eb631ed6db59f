// The leaders' dashboard: charts that open the tasks behind what was clicked.
import type { Locator, Page } from 'playwright-core';

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
    await this.page.waitForTimeout(800); // the drawing animates in
    const point = await chart.locator('svg').evaluate((svg, fill) => {
      const shapes = [...svg.querySelectorAll<SVGPathElement>(`path[fill="${fill}"]`)];
      const area = (shape: SVGPathElement) => shape.getBBox().width * shape.getBBox().height;
      const shape = shapes.sort((a, b) => area(b) - area(a))[0];
      const matrix = shape?.getScreenCTM();
      if (!shape || !matrix) return null;
      const box = shape.getBBox();
      for (let i = 1; i < 20; i++)
        for (let j = 1; j < 20; j++) {
          const inner = new DOMPoint(box.x + (box.width * i) / 20, box.y + (box.height * j) / 20);
          if (shape.isPointInFill(inner)) {
            const onScreen = inner.matrixTransform(matrix);
            return { x: onScreen.x, y: onScreen.y };
          }
        }
      return null;
    }, color);
    if (!point) throw new Error(`no shape filled ${color} in chart ${title}`);
    await this.page.mouse.click(point.x, point.y);
  }

  drillDown(): Locator {
    return this.page.locator('.ant-drawer-content');
  }
}
