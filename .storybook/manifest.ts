/**
 * Prepares the generated custom-elements.json for Storybook's controls and autodocs.
 * Pure (no DOM), so it is unit-tested in test/examples/storybook-manifest.test.ts.
 *
 * Why it is needed: the elements register themselves through `defineElement(name, Class)`, which
 * the analyzer does not recognise, so a class may come without its `tagName`; and the analyzer lists
 * protected and private members (the base class's load state), which are not controls a designer
 * should see.
 */

/** The public tag of each element class (the contract of SPEC-v1). */
export const ELEMENT_TAGS: Readonly<Record<string, string>> = {
  WellbeingWheel: 'wellbeing-wheel',
  IndicatorTrend: 'indicator-trend',
  InequalityGap: 'inequality-gap',
};

interface Member {
  kind?: string;
  name?: string;
  privacy?: string;
  static?: boolean;
  [key: string]: unknown;
}

interface Declaration {
  kind?: string;
  name?: string;
  tagName?: string;
  customElement?: boolean;
  members?: Member[];
  [key: string]: unknown;
}

export interface Manifest {
  schemaVersion?: string;
  modules?: Array<{ path?: string; declarations?: Declaration[]; [key: string]: unknown }>;
  [key: string]: unknown;
}

/** A copy of the manifest with each element's tag set and only its public instance members kept. */
export function normaliseManifest(manifest: Manifest): Manifest {
  return {
    ...manifest,
    modules: (manifest.modules ?? []).map((module) => ({
      ...module,
      declarations: (module.declarations ?? []).map((declaration) => {
        const tagName = declaration.tagName ?? (declaration.name ? ELEMENT_TAGS[declaration.name] : undefined);
        if (!tagName) return declaration;
        return {
          ...declaration,
          tagName,
          customElement: true,
          members: (declaration.members ?? []).filter(
            (member) => !member.static && member.privacy !== 'private' && member.privacy !== 'protected' && !member.name?.startsWith('_'),
          ),
        };
      }),
    })),
  };
}
