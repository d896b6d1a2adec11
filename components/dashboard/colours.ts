/** The dashboards' colours (WCAG: at least 3:1 against white for bars and lines). */
export const CHART_COLOURS = {
  brand: "#24726a",
  unauthorised: "#b45309",
  GREEN: "#15803d",
  YELLOW: "#a16207",
  RED: "#b91c1c",
  grid: "#e7e5e4",
  text: "#44403c",
} as const;
