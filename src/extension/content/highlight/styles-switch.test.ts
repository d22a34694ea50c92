import { describe, expect, it } from 'vitest';
import { createStylesSwitch } from './styles-switch.ts';

describe('createStylesSwitch', () => {
  it('asks only on a change, and one request after another', async () => {
    const sent: string[] = [];
    const styles = createStylesSwitch(async (on) => {
      sent.push(`start ${on}`);
      await new Promise((resolve) => setTimeout(resolve, on ? 20 : 1));
      sent.push(`end ${on}`);
    });
    styles(false);
    styles(true);
    styles(true);
    styles(false);
    styles(true);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(sent).toEqual([
      'start true',
      'end true',
      'start false',
      'end false',
      'start true',
      'end true',
    ]);
  });

  it('a refused request does not stop the next', async () => {
    const sent: boolean[] = [];
    const styles = createStylesSwitch(async (on) => {
      sent.push(on);
      if (on) throw new Error('Extension context invalidated.');
    });
    styles(true);
    styles(false);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(sent).toEqual([true, false]);
  });
});
