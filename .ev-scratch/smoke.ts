import { readFileSync } from 'node:fs';
import { safeLoadPlan } from '../src/aggregate/loadPlan.ts';
import { toJsonSchema } from '../src/format/jsonSchema.ts';
import { PlanFileSchema, PopulationTableSchema } from '../src/format/plan.ts';
const n = JSON.parse(readFileSync('criteria/plans/qd-677-2022.json','utf8'));
const k = JSON.parse(readFileSync('criteria/plans/kon-ray-2022.json','utf8'));
const a = safeLoadPlan(n); console.log(a.success, !a.success && a.issues);
if (a.success) { const b = safeLoadPlan(k, {plans:[a.plan]}); console.log(b.success, !b.success && b.issues, b.success && b.plan.metrics.map(m=>[m.id, m.denominator, m.targets.length])); }
console.log(JSON.stringify(toJsonSchema(PlanFileSchema,'plan.schema.json')).slice(0,3000));
console.log(JSON.stringify(toJsonSchema(PopulationTableSchema,'p')));
