/**
 * Small hand-written texts for the copy tests: one story told four ways (original, edited copy,
 * reworded copy, German translation), an unrelated story, and an independent report that shares
 * one quote with the original. Written for these tests; no evaluation data.
 */

export const ORIGINAL: string = [
  'The city council of Riverton approved a budget of $48 million on Tuesday, the largest in its history.',
  'Mayor Helen Ortiz said the money would pay for 120 new teachers and a bridge over the Alder River.',
  '"This is a budget for the next generation," Ortiz told reporters after the vote.',
  'The plan passed by 7 votes to 2, with councillors Mark Deane and Susan Polk voting against it.',
  'Deane said the city could not afford the bridge, which engineers estimate will cost $19 million.',
  'Construction is due to start in March 2026 and finish in 2029.',
].join('\n');

/** An edited copy: one figure changed, one sentence dropped, everything else verbatim. */
export const EDITED: string = [
  'The city council of Riverton approved a budget of $48 million on Tuesday, the largest in its history.',
  'Mayor Helen Ortiz said the money would pay for 150 new teachers and a bridge over the Alder River.',
  '"This is a budget for the next generation," Ortiz told reporters after the vote.',
  'The plan passed by 7 votes to 2, with councillors Mark Deane and Susan Polk voting against it.',
  'Construction is due to start in March 2026 and finish in 2029.',
].join('\n');

/** The same story laundered through rewording, with machine-translation traces. */
export const REWORDED: string = [
  'On Tuesday the municipal council of Riverton adopted a budget of $48 million, the biggest of its history.',
  'The mayor Helen ortiz declared that the money would finance 120 new teachers and a bridge over the Alder river.',
  '“It is a budget for the next generation“ ORTIZ said to journalists after the vote.',
  'The plan was adopted by 7 votes against 2, the councillors Mark Deane and Susan Polk voting against.',
  'Deane declared that the city can not pay the bridge, which engineers estimate will cost $19 million.',
  'The construction must begin in March 2026 and end in 2029.',
].join('\n');

/** A German translation of the original. */
export const GERMAN: string = [
  'Der Stadtrat von Riverton hat am Dienstag einen Haushalt von 48 Millionen Dollar beschlossen, den größten seiner Geschichte.',
  'Bürgermeisterin Helen Ortiz sagte, mit dem Geld würden 120 neue Lehrer und eine Brücke über den Alder River bezahlt.',
  '„Das ist ein Haushalt für die nächste Generation“, sagte Ortiz nach der Abstimmung vor Journalisten.',
  'Der Plan wurde mit 7 zu 2 Stimmen angenommen, die Stadträte Mark Deane und Susan Polk stimmten dagegen.',
  'Deane sagte, die Stadt könne sich die Brücke nicht leisten, deren Kosten Ingenieure auf 19 Millionen Dollar schätzen.',
  'Der Bau soll im März 2026 beginnen und 2029 abgeschlossen sein.',
].join('\n');

/** A different story altogether. */
export const UNRELATED: string = [
  'Heavy snow closed the mountain pass near Greystone for the third day in a row.',
  'Drivers were told to use the coastal road, which adds about two hours to the journey.',
  'The weather service expects the storm to move east by the weekend.',
  'Ski resorts in the valley welcomed the snow after a dry start to the season.',
  'Police said two cars slid off the road on Sunday but nobody was hurt.',
].join('\n');

/** An independent report of the same vote that quotes the mayor word for word. */
export const SAME_STORY: string = [
  'Riverton will build its long-delayed bridge after all.',
  'In a late-night session, a majority of councillors backed the spending plan put forward by Mayor Helen Ortiz.',
  'Opponents, led by Mark Deane, warned that taxes would have to rise within three years.',
  '"This is a budget for the next generation," the mayor said, smiling, as she left the chamber.',
  "Teachers' unions welcomed the decision, while business groups were more cautious.",
].join('\n');

/** A Chinese text and a copy of it with one number changed (no spaces anywhere). */
export const CHINESE: string =
  '国家安全部周二表示，去年共破获了3起间谍案件。\n其中一名公务员被境外情报机构以高薪引诱，泄露了八百份文件。\n安全部提醒公职人员提高警惕，防范境外间谍活动。\n该部门还公布了举报电话12339。';
export const CHINESE_EDITED: string =
  '国家安全部周二表示，去年共破获了5起间谍案件。\n其中一名公务员被境外情报机构以高薪引诱，泄露了八百份文件。\n安全部提醒公职人员提高警惕，防范境外间谍活动。\n该部门还公布了举报电话12339。';
