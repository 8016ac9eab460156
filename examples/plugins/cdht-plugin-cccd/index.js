import { definePlugin } from 'cdht';
import { birthYearOf, checkCccd, parseCccd } from './cccd.js';

/** @param {unknown} v */
const isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * Example third-party plugin for cdht: published as it would be on npm, importing only cdht's public API.
 *
 * - evidence type `cccd`: a Vietnamese citizen ID number, parsed and validated;
 * - operator `completedCourse`: whether a list of courses holds one on a platform of at least N hours in the period;
 * - operator `cccdBirthYear`: the birth year encoded in a citizen ID;
 * - report format `tsv`: tab-separated metrics, for systems that import plain text.
 */
export const cccdPlugin = definePlugin({
  name: 'cdht-plugin-cccd',
  version: '0.1.0',
  evidenceTypes: {
    cccd: {
      label: { vi: 'Số căn cước công dân (12 số)', en: 'Citizen ID number (12 digits)' },
      jsonSchema: { type: 'string', pattern: '^\\d{12}$' },
      parse: parseCccd,
      validate: checkCccd,
    },
  },
  operators: {
    completedCourse: {
      kind: 'eager',
      arity: [2, 3],
      evaluate: ([courses, platform, minHours], ctx) => {
        if (!Array.isArray(courses)) return false;
        const need = typeof minHours === 'number' ? minHours : 0;
        return courses.some(
          (c) =>
            isObject(c) &&
            c.platform === platform &&
            typeof c.hours === 'number' &&
            c.hours >= need &&
            typeof c.date === 'string' &&
            c.date >= ctx.periodFrom &&
            c.date <= ctx.periodTo,
        );
      },
      description: {
        vi: 'trong {0} có khóa học trên nền tảng {1} từ {2} giờ trở lên, hoàn thành trong kỳ đánh giá',
        en: '{0} holds a course on platform {1} of at least {2} hours completed in the period',
      },
    },
    cccdBirthYear: {
      kind: 'eager',
      arity: 1,
      pure: true,
      evaluate: ([id]) => {
        const value = parseCccd(id);
        return value !== undefined && checkCccd(value) === null ? birthYearOf(value) : null;
      },
      description: { vi: 'năm sinh theo số CCCD {0}', en: 'birth year encoded in citizen ID {0}' },
    },
  },
  formatters: {
    tsv: {
      name: 'tsv',
      extension: 'tsv',
      mediaType: 'text/tab-separated-values; charset=utf-8',
      format: (report, options) => {
        const en = options.locale === 'en';
        const clean = (v) => String(v ?? '').replace(/[\t\r\n]+/g, ' ');
        const header = en
          ? ['unit', 'metric', 'recognised', 'denominator', 'rate']
          : ['đơn vị', 'chỉ tiêu', 'đạt', 'mẫu số', 'tỷ lệ'];
        const lines = [header.join('\t')];
        for (const unit of report.progress.units) {
          for (const m of unit.metrics) {
            const name = en ? unit.name.en : unit.name.vi;
            lines.push(
              [
                clean(name),
                clean(m.metric),
                m.recognised,
                m.denominator.value ?? '',
                m.value === null ? '' : m.value.toFixed(4),
              ].join('\t'),
            );
          }
        }
        return `${lines.join('\n')}\n`;
      },
    },
  },
});

export default cccdPlugin;
