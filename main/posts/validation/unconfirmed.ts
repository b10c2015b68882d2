/**
 * Every value the reference (../shared/reference/platform-apis.md) does NOT confirm from the
 * platform's own documentation, in one place so that a live test can correct it in one edit.
 * Each says where it came from. The rules tables take these from here and nowhere else.
 */
export const UNCONFIRMED = {
  /** 2.4 [S36] [S59]: hashtag and mention caps reported by third-party tools only. */
  instagramMaxHashtags: 30,
  instagramMaxMentions: 20,
  /**
   * 2.4 [S42]: the non-reel "video" column (3–60 s, 100 MB, 4:5–16:9) may describe feed video
   * rather than carousels, so a carousel video outside 4:5–16:9 is a warning, not an error (stories,
   * which fill the screen, are not held to it).
   */
  instagramNonReelVideoAspectSeverity: 'warning',
  /** Not in platform-apis.md section 3; third-party character counters agree on 63,206. */
  facebookMaxCharacters: 63_206,
  /**
   * Not in platform-apis.md section 3 (`attached_media` has no documented cap). 10 is Instagram's
   * carousel maximum, so one selection of photos fits both.
   */
  facebookMultiPhotoMaxItems: 10,
  /**
   * 6.2 [S79]: the direct-post `title` (a video's caption) is "2200 UTF-16 runes" in TikTok's
   * reference as relayed by several client libraries; the value is not in platform-apis.md.
   */
  tiktokVideoCaptionMaxUtf16: 2200,
  /** 6.2 [S85] [S86]: photos "≤ 1080p", read as 1080 px on the short side and 1920 px on the long side. */
  tiktokPhotoMaxShortSide: 1080,
  tiktokPhotoMaxLongSide: 1920,
  /**
   * Not in platform-apis.md: TikTok's posting UX rules as followed by client code (postiz [S59] and
   * others: "Branded content visibility cannot be set to private"). True would allow it.
   */
  tiktokBrandedContentMayBePrivate: false,
} as const;
