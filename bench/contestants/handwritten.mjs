// The practical limit: bench/framework.json written by hand as one plain function.

const PRACTICAL = new Set(['digital', 'language', 'vocational']);

function score(record) {
  const d = record.data;
  const courses = d.courses;
  const clubs = d.clubs;
  const dg = d.digital;
  const hh = d.household;
  let longThisYear = false;
  let allPractical = courses.length > 0;
  let longVocational = false;
  let allRecent = courses.length > 0;
  for (let i = 0; i < courses.length; i++) {
    const c = courses[i];
    if (c.date >= '2024-01-01' && c.hours >= 8) longThisYear = true;
    if (!PRACTICAL.has(c.kind)) allPractical = false;
    if (c.kind === 'vocational' && c.hours >= 20) longVocational = true;
    if (c.date < '2023-01-01') allRecent = false;
  }
  const a =
    (d.hours >= 60 ? 10 : d.hours >= 30 ? 6 : d.hours >= 10 ? 3 : 0) +
    (d.reads ? 5 : 0) +
    (d.hours + d.selfStudyHours >= 50 ? 5 : 0) +
    (longThisYear ? 5 : 0) +
    (d.lang === 'good' || d.lang === 'fluent' ? 5 : 0);
  const b =
    (dg.phone ? 5 : 0) +
    (dg.internet && dg.phone ? 5 : 0) +
    (dg.publicService || (dg.internet && 2024 - d.birthYear < 30) ? 5 : 0) +
    (allPractical ? 5 : 0) +
    (clubs.includes('digital') ? 5 : 0);
  const extra = hh.learners - 1;
  const c =
    (d.volunteerDays >= 5 ? 10 : d.volunteerDays >= 2 ? 5 : 0) +
    (extra <= 0 ? 0 : Math.min(extra, 5)) +
    ((d.job === 'teacher' || d.job === 'official') && d.familyLearners >= 2 ? 5 : 0) +
    (d.lastCheckup >= '2024-01-01' && d.lastCheckup <= '2024-12-31' ? 5 : 0) +
    (clubs.includes('library') || d.volunteerDays >= 10 ? 5 : 0);
  const dd =
    (hh.learners / hh.size >= 0.5 ? 10 : 0) +
    (longVocational ? 5 : 0) +
    ((d.job === 'farmer' ? clubs.includes('agriculture') : d.selfStudyHours >= 20) ? 5 : 0) +
    (d.reads && d.familyLearners >= 1 ? 5 : 0) +
    (allRecent ? 5 : 0);
  const total = a + b + c + dd;
  const learner = total >= 50 && a >= 5 && b >= 5 && c >= 5 && dd >= 5;
  const excellent = total >= 80 && d.hours >= 60 && b >= 15;
  return { total, decisions: (learner ? 'A' : 'N') + (excellent ? 'A' : 'N') };
}

export default {
  name: 'hand-written function',
  prepare: () => ({ score }),
};
