/** Storybook's view of the custom-elements manifest (.storybook/manifest.ts). */
import { expect } from '@open-wc/testing';
import { normaliseManifest, type Manifest } from '../../.storybook/manifest.js';

const manifest: Manifest = {
  schemaVersion: '1.0.0',
  modules: [
    {
      path: 'src/elements/wellbeing-wheel/wellbeing-wheel.ts',
      declarations: [
        {
          kind: 'class',
          name: 'WellbeingWheel',
          members: [
            { kind: 'field', name: 'area' },
            { kind: 'field', name: 'src', inheritedFrom: { name: 'WellbeingElement' } },
            { kind: 'field', name: 'state', privacy: 'protected' },
            { kind: 'field', name: 'loadToken', privacy: 'private' },
            { kind: 'field', name: 'redrawProperties', static: true },
            { kind: 'method', name: 'toSVG' },
          ],
          attributes: [{ name: 'area' }],
        },
      ],
    },
    { path: 'src/elements/define.ts', declarations: [{ kind: 'function', name: 'defineElement' }] },
  ],
};

describe('Storybook manifest', () => {
  it('gives each element class its tag, so controls and autodocs find it', () => {
    const out = normaliseManifest(manifest);
    expect(out.modules![0]!.declarations![0]!.tagName).to.equal('wellbeing-wheel');
    expect(out.modules![0]!.declarations![0]!.customElement).to.equal(true);
    expect(out.modules![1]!.declarations![0]!.tagName).to.equal(undefined);
  });

  it('keeps public members only: no protected or private state, no statics', () => {
    const members = normaliseManifest(manifest).modules![0]!.declarations![0]!.members!.map((m) => m.name);
    expect(members).to.deep.equal(['area', 'src', 'toSVG']);
  });

  it('keeps a tag the analyzer already found', () => {
    const tagged = structuredClone(manifest);
    tagged.modules![0]!.declarations![0]!.tagName = 'wellbeing-wheel';
    expect(normaliseManifest(tagged).modules![0]!.declarations![0]!.tagName).to.equal('wellbeing-wheel');
  });

  it('does not change the manifest it is given', () => {
    const copy = structuredClone(manifest);
    normaliseManifest(manifest);
    expect(manifest).to.deep.equal(copy);
  });
});
