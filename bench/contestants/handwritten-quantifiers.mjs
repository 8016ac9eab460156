// The practical limit for bench/framework-quantifiers.json: the framework written by hand as one
// plain function, with a single pass over the certificates.

const WARDS = new Set(['Thôn 1', 'Thôn 3', 'Thôn 5', 'Tổ 2']);

function score(record) {
  const d = record.data;
  const certs = d.certificates;
  const skills = d.skills;
  const activities = d.activities;
  const profile = d.profile;
  const family = d.family;
  let passedThisYear = false;
  let passedCount = 0;
  let certHours = 0;
  let digital = false;
  let failedOnline = false;
  let longLanguage = false;
  let allPassed = certs.length > 0;
  let law = false;
  let recent = 0;
  let health = false;
  let allValid = certs.length > 0;
  let vocational = false;
  for (let i = 0; i < certs.length; i++) {
    const c = certs[i];
    if (c.passed) {
      passedCount++;
      if (c.year === 2024) passedThisYear = true;
      if (c.kind === 'digital') digital = true;
      if (c.kind === 'health') health = true;
      if (c.kind === 'vocational' && c.hours >= 10) vocational = true;
    } else {
      allPassed = false;
      if (c.issuer === 'online') failedOnline = true;
    }
    certHours += c.hours;
    if (c.kind === 'language' && c.hours >= 20) longLanguage = true;
    if (c.kind === 'law') law = true;
    if (c.year >= 2023) recent++;
    if (c.year < 2020) allValid = false;
  }
  const c1 =
    (d.hours >= 60 ? 10 : d.hours >= 30 ? 6 : d.hours >= 10 ? 3 : 0) +
    (passedThisYear ? 5 : 0) +
    (passedCount >= 2 ? 5 : 0) +
    (certHours >= 40 ? 5 : 0);
  const c2 =
    (digital ? 5 : 0) +
    (skills.includes('computer') ? 5 : 0) +
    (profile.education === 'high' || profile.education === 'university' ? 5 : 0) +
    (failedOnline ? 0 : 5);
  const c3 =
    (longLanguage ? 5 : 0) +
    (allPassed ? 5 : 0) +
    (skills.includes('english') || skills.includes('reading') ? 5 : 0) +
    (WARDS.has(profile.address.ward) ? 5 : 0);
  const c4 =
    (activities.includes('volunteer') ? 5 : 0) +
    (family.learners / family.members >= 0.5 ? 10 : 0) +
    (law ? 5 : 0) +
    (recent >= 1 ? 5 : 0);
  const job = profile.occupation;
  const c5 =
    (2024 - d.birthYear < 60 || activities.includes('sport') ? 5 : 0) +
    (health ? 5 : 0) +
    (allValid ? 5 : 0) +
    ((job === 'farmer' || job === 'worker' || job === 'trader') && vocational ? 5 : 0);
  const total = c1 + c2 + c3 + c4 + c5;
  const learner = total >= 55 && c1 >= 5 && c2 >= 5 && c3 >= 5 && c4 >= 5 && c5 >= 5;
  const excellent = total >= 85 && passedThisYear && c2 >= 15;
  return { total, decisions: (learner ? 'A' : 'N') + (excellent ? 'A' : 'N') };
}

export default {
  name: 'hand-written function',
  prepare: () => ({ score }),
};
