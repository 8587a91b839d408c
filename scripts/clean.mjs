// Removes build output so a build never ships files from an earlier one.
import { rmSync } from 'node:fs';
for (const path of ['lib', 'dist', 'wellbeing-spec.schema.json', 'custom-elements.json']) rmSync(path, { recursive: true, force: true });
