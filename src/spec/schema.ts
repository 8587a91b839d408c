import { LocalText, type Localized } from './local-text.js';
import { DATA_FORMATS } from './check.js';
import { z } from './zod.js';

const about = (description: string) => z.describe(description);
// The message of a check made here is a key of `spec.checks` in the catalogues (src/i18n), so it is
// written in the reader's language.
const languageTag = z.string().check(z.regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/, 'notLanguageTag'));
/** Text in one language, or in several: `"Money"` or `{ "en": "Money", "cy": "Arian" }` (kept as a LocalText). */
const inLanguages = (one: z.ZodMiniString) =>
  z.union([
    one,
    z.pipe(
      z
        .record(languageTag, one)
        .check(z.refine((entries) => Object.keys(entries).length > 0, 'noLanguages')),
      z.transform((entries: Record<string, string>) => new LocalText(entries)),
    ),
  ]);
/** A non-empty string that is not read as words (a period, a URL, a kind of group). */
const plainText = z.string().check(z.trim(), z.minLength(1));
/** Text shown to people; always rendered as text, never as markup. */
const text = inLanguages(z.string().check(z.trim(), z.minLength(1)));
const id = z.string().check(z.trim(), z.minLength(1), about('An identifier used to refer to this item elsewhere in the spec.'));
const finite = z.number().check(z.refine(Number.isFinite, 'notFinite'));
const optionalText = z.optional(inLanguages(z.string()));
const optionalString = z.optional(z.string());

export const sourceSchema = z
  .object({
    name: text.check(about('Who published the data, shown as a source note.')),
    url: z.optional(plainText.check(about('Where the data or document can be found.'))),
  })
  .check(about('Where the numbers or the framework come from.'));

export const polaritySchema = z
  .enum(['higher-is-better', 'lower-is-better', 'no-judgement'])
  .check(about('Which direction is better; no-judgement compares as higher or lower only.'));

export interface DomainInput {
  id: string;
  label: string | LocalText;
  statement?: string | LocalText | undefined;
  description?: string | LocalText | undefined;
  indicators?: string[] | undefined;
  children?: DomainInput[] | undefined;
}

export const domainSchema: z.ZodMiniType<DomainInput> = z.lazy(() =>
  z
    .object({
      id,
      label: text.check(about('The short name drawn on the wheel.')),
      statement: z.optional(inLanguages(z.string()).check(about('An "I statement" or short description of the domain.'))),
      description: optionalText,
      indicators: z.optional(z.array(id).check(about('Ids of indicators (from "indicators") that measure this domain.'))),
      children: z.optional(z.array(domainSchema).check(about('Nested domains, drawn as a second ring.'))),
    })
    .check(about('A domain of the framework: a segment of the wheel.')),
);

export const frameworkSchema = z
  .object({
    id,
    title: text,
    centre: z.object({ label: text, statement: optionalText }).check(about('The centre of the wheel, usually personal wellbeing.')),
    domains: z.array(domainSchema).check(z.minLength(1)),
    factors: z.optional(
      z.array(z.object({ id, label: text, description: optionalText })).check(about('An optional outer band of factors.')),
    ),
  })
  .check(about('A wellbeing framework: a centre, one or two rings of domains, and optional factors.'));

export const areaSchema = z.object({
  code: id.check(about('The area code, e.g. E08000030.')),
  name: text,
  type: z.optional(z.string().check(about('e.g. local-authority, region, country.'))),
  parent: z.optional(id.check(about('The code of the area it lies in (a region, a county), used to choose siblings.'))),
});

export const valueTypeSchema = z.enum([
  'proportion',
  'crude-rate',
  'standardised-rate',
  'life-expectancy',
  'mean',
  'score',
  'count',
  'ratio',
  'other',
]);

export const comparisonMethodSchema = z
  .enum(['ci-overlap-95', 'ci-overlap-99.8', 'quintiles', 'none'])
  .check(about('How an area is compared: Fingertips\' benchmarking methods (95% or 99.8% intervals against the benchmark, quintiles among areas of the same type), or not at all.'));

export const indicatorSchema = z.object({
  id,
  title: text,
  shortTitle: z.optional(inLanguages(z.string()).check(about('A short label for tight spaces.'))),
  unit: z.optional(inLanguages(z.string()).check(about('e.g. "score", "%", "years", "per 100,000".'))),
  polarity: z._default(polaritySchema, 'no-judgement'),
  decimals: z.optional(z.int().check(z.minimum(0), z.maximum(6))),
  definition: optionalText,
  target: z.optional(finite.check(about('An optional target value, drawn as a line.'))),
  source: z.optional(sourceSchema),
  valueType: z.optional(
    valueTypeSchema.check(about('Which statistical methods apply: the trend test, limits from count and denominator, the SII transform.')),
  ),
  multiplier: z.optional(
    finite.check(z.positive(), about('How value relates to count / denominator: 100 for a percentage, 100000 for per 100,000.')),
  ),
  comparison: z.optional(comparisonMethodSchema.check(about('Default: ci-overlap-95.'))),
  sii: z.optional(
    z
      .object({
        transform: z._default(
          z.boolean().check(about('Fit on the log (rates) or logit (proportions) scale, as PHEindicatormethods phe_sii(transform = TRUE).')),
          false,
        ),
      })
      .check(about('How the slope index of inequality is calculated.')),
  ),
});

export const groupSchema = z
  .object({
    type: plainText.check(about('e.g. deprivation-decile, deprivation-quintile, sex, ethnic-group.')),
    label: text,
    order: z.optional(finite.check(about('Position in an ordered scale; for deprivation, 1 is the most deprived.'))),
  })
  .check(about('The population group a row describes; rows without a group describe the whole area.'));

export const dataRowSchema = z.object({
  indicator: id,
  area: id,
  period: z
    .union([plainText, z.pipe(z.number(), z.transform(String))])
    .check(about('e.g. 2019, 2019/20, 2019-04-01/P1Y, 2015 - 17.')),
  value: z.nullable(finite).check(about('null is a gap: drawn as a gap, never as zero.')),
  lower: z.optional(z.nullable(finite).check(about('Lower 95% confidence limit.'))),
  upper: z.optional(z.nullable(finite).check(about('Upper 95% confidence limit.'))),
  lower99_8: z.optional(z.nullable(finite).check(about('Lower 99.8% confidence limit.'))),
  upper99_8: z.optional(z.nullable(finite).check(about('Upper 99.8% confidence limit.'))),
  count: z.optional(z.nullable(z.number().check(z.minimum(0)))),
  denominator: z.optional(z.nullable(z.number().check(z.minimum(0)))),
  group: z.optional(groupSchema),
  note: optionalText,
});

export const dataFormatSchema = z
  .enum(DATA_FORMATS)
  .check(
    about(
      'json: a list of rows; csv: one row per observation with a header line; fingertips-csv: a Fingertips data export; ' +
        'fingertips-json: a FingertipsNext API response; ons-csv: an ONS Explore Local Statistics file; wide-csv: one row per area, one column per period; ' +
        'statswales-csv: a StatsWales download (English or Welsh).',
    ),
  );

export const dataRefSchema = z
  .object({
    url: plainText.check(
      about('Where to fetch the rows, relative to the spec. May hold {indicator}, {area} and {period}, filled in by the element (URL-encoded).'),
    ),
    format: z._default(dataFormatSchema, 'json'),
    filter: z.optional(
      z
        .object({ sex: optionalString, age: optionalString })
        .check(about('fingertips-csv, fingertips-json: keep only rows for this sex and age, e.g. { "sex": "Persons", "age": "All ages" }.')),
    ),
    indicator: z.optional(
      plainText.check(
        about(
          'wide-csv: the indicator id of every value (or, in a file with titles over blocks of periods, the block to read). fingertips-csv: read only this indicator’s rows.',
        ),
      ),
    ),
    area: z.optional(
      plainText.check(
        about('wide-csv: the header of the column of area codes (default: "Code", "Area code" or "areacd"). statswales-csv: the header of the column of area names (default: "Local Authority", "AreaCode", "Area").'),
      ),
    ),
    name: z.optional(plainText.check(about('wide-csv: the header of the column of area names.'))),
  })
  .check(about('Data kept in a separate file.'));

/** Where the rows come from: the rows themselves, one file, or several files whose rows are combined. */
export const dataSchema = z.union([z.array(dataRowSchema), dataRefSchema, z.array(dataRefSchema).check(z.minLength(1))]);

/** The spec's top-level fields (exported so the parser can check `data` on its own). */
export const specFields = {
    $schema: optionalString,
    version: z.literal(1),
    title: optionalText,
    source: z.optional(sourceSchema),
    lang: optionalString,
    note: optionalText,
    framework: z.optional(frameworkSchema),
    areas: z._default(z.array(areaSchema), []),
    benchmark: z.optional(id.check(about('The area code every value is compared with by default.'))),
    indicators: z._default(z.array(indicatorSchema), []),
    data: z._default(dataSchema, []),
};

/** Formats whose files name their areas and indicators (kept with the checker the elements load). */
export { SELF_DESCRIBING_FORMATS } from './check.js';

/**
 * The top-level fields when the data comes from self-describing files: an area needs only its
 * code and an indicator only its id (SPEC-v1, "Areas": entries in the spec win field by field).
 * The full fields are checked again once the file's entries are merged in.
 */
export const specFieldsFromFiles = {
  ...specFields,
  areas: z._default(z.array(z.partial(areaSchema, { name: true })), []),
  indicators: z._default(z.array(z.partial(indicatorSchema, { title: true })), []),
};

export const specSchema = z.object(specFields).check(about('A wellbeing-widgets spec, version 1.'));

/** A spec as written (before defaults). */
export type SpecInput = z.input<typeof specSchema>;
/** A spec after parsing, text still in every language it was given in; `data` may still point at a URL. */
export type ParsedSpec = z.output<typeof specSchema>;
/** A parsed spec whose data rows are all present, text still in every language. */
export type LoadedSpec = Omit<ParsedSpec, 'data'> & { data: Array<z.output<typeof dataRowSchema>> };
// What the model and the elements see: every text as the plain string for one language (see local-text.ts).
export type Framework = Localized<z.output<typeof frameworkSchema>>;
export type Domain = Localized<DomainInput>;
export type Area = Localized<z.output<typeof areaSchema>>;
export type Indicator = Localized<z.output<typeof indicatorSchema>>;
export type DataRow = Localized<z.output<typeof dataRowSchema>>;
export type DataRef = z.output<typeof dataRefSchema>;
export type DataFormat = z.output<typeof dataFormatSchema>;
export type Group = Localized<z.output<typeof groupSchema>>;
/** A spec whose data rows are all present, with its text in one language. */
export type Spec = Localized<LoadedSpec>;
