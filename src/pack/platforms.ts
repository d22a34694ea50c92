/** Social platforms a post goes up on, by id, with the names pages give them (general knowledge; X and Twitter are one). */
export const PLATFORMS: Record<string, readonly string[]> = {
  x: ['X', 'Twitter'],
  facebook: ['Facebook'],
  instagram: ['Instagram'],
  'truth-social': ['Truth Social'],
  tiktok: ['TikTok'],
  threads: ['Threads'],
  youtube: ['YouTube'],
  telegram: ['Telegram'],
  bluesky: ['Bluesky'],
  linkedin: ['LinkedIn'],
};

export const PLATFORM_IDS = Object.keys(PLATFORMS);
