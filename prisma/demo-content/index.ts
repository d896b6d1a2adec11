/**
 * The demo school's content beyond its register: concerns, the pupils' timelines, Trivselsforum,
 * Nordskolen's concerns, both schools' absence, class work, groups and class conferences, so that
 * each demo role meets the app with realistic Danish content, dates spread over the school year.
 */
import { seedAbsence } from "./absence";
import { seedCaseEntries } from "./case-entries";
import { seedClassWork } from "./classes";
import { seedConcerns } from "./concerns";
import type { DemoContext } from "./context";
import { seedForum } from "./forum";
import { seedNordskolenConcerns } from "./nordskolen";

export async function seedDemoContent(
  context: DemoContext,
  log: (line: string) => void,
): Promise<void> {
  const concerns = await seedConcerns(context);
  const entries = await seedCaseEntries(context);
  log(`Demoskolen: ${concerns} concerns, ${entries} timeline entries.`);
  const forum = await seedForum(context);
  log(
    `Demoskolen: ${forum.meetings} Trivselsforum meetings (${forum.held} held, the next planned), ` +
      `${forum.items} agenda items, ${forum.actions} actions, ${forum.feedback} feedback tasks to parents.`,
  );
  const nord = await seedNordskolenConcerns(context);
  log(`Nordskolen: ${nord} concerns.`);
  const absence = await seedAbsence(context);
  log(
    `Both schools: ${absence.records} days of absence for ${absence.pupils} pupils since the first school day, ` +
      `${absence.followUps} absence follow-ups.`,
  );
  // Last: it draws on the shared seeded faker, so the seeds before it keep their pupils.
  const work = await seedClassWork(context);
  log(
    `Demoskolen: ${work.classWork} class work entries, ${work.groups} groups (${work.participants} participants), ` +
      `a class conference over ${work.reviews} classes (${work.focusPupils} focus pupils, ${work.tasks} tasks).`,
  );
}
