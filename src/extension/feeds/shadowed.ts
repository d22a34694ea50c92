/**
 * Conflicting story ids between packs are resolved one way: the earlier pack
 * wins (the embedded pack first, then subscriptions in the order they were
 * added), exactly as the engine indexes them. This says, for each later pack,
 * which of its stories are therefore not used.
 */
export function shadowedStories(packs: readonly { storyIds: readonly string[] }[]): string[][] {
  const seen = new Set<string>();
  return packs.map(({ storyIds }) => {
    const shadowed = storyIds.filter((id) => seen.has(id));
    for (const id of storyIds) seen.add(id);
    return shadowed;
  });
}
