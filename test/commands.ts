import { executeServerCommand } from '@web/test-runner-commands';

/** Turns forced colours (Windows High Contrast) on or off for the test page. */
export async function emulateForcedColors(active: boolean): Promise<void> {
  await executeServerCommand('emulate-forced-colors', { active });
}
