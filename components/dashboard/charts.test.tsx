import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { BarsChart, ColumnsChart, TrendChart } from "./charts";

const count = (html: string, pattern: RegExp) => html.match(pattern)?.length ?? 0;

describe("the dashboards' charts", () => {
  it("draw no bar for a hidden figure, only its label by the axis", () => {
    const data = [
      { label: "Gul", value: 13, display: "13" },
      { label: "Rød", value: null, display: "<5" },
    ];
    for (const html of [
      renderToStaticMarkup(<BarsChart data={data} />),
      renderToStaticMarkup(<ColumnsChart data={data} />),
    ]) {
      expect(count(html, /data-bar/g)).toBe(1);
      expect(html).toContain("&lt;5");
      expect(html).toContain('aria-hidden="true"');
    }
  });

  it("draw a bar's length as its share of the axis", () => {
    const html = renderToStaticMarkup(
      <BarsChart
        data={[
          { label: "A", value: 7, display: "7" },
          { label: "B", value: 3, display: "3" },
        ]}
      />,
    );
    // The axis ends at 8 (niceScale): 7 is seven eighths of it, 3 three eighths.
    expect(html).toContain("width:87.5%");
    expect(html).toContain("width:37.5%");
  });

  it("break the trend's line where a figure is hidden, with no point there", () => {
    const html = renderToStaticMarkup(
      <TrendChart
        data={[
          { label: "Uge 33", rate: 5.1, unauthorised: 1 },
          { label: "Uge 34", rate: null, unauthorised: null },
          { label: "Uge 35", rate: 6.2, unauthorised: 0.8 },
          { label: "Uge 36", rate: 6.8, unauthorised: 1.1 },
        ]}
        names={{ rate: "Fraværsprocent", unauthorised: "Heraf ulovligt" }}
        locale="da"
      />,
    );
    // Each line: one run of a single point (no segment to draw) and one of two.
    expect(count(html, /<polyline/g)).toBe(4);
    expect(count(html, /title="Uge 34/g)).toBe(0);
    expect(html).toContain('title="Uge 36: Fraværsprocent 6,8 %"');
  });
});
