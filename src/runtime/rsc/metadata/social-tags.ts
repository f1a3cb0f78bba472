// Open Graph (og:*, article:*, ...), Twitter card (twitter:*) and App Links
// (al:*) tags from resolved metadata, following the tag names in
// https://nextjs.org/docs/app/api-reference/functions/generate-metadata#opengraph
// and Next's test/e2e/app-dir/metadata opengraph and twitter cases. Pure.
import { asArray } from "./title";
import type { TagList } from "./tags";
import type { ResolvedImage, ResolvedMetadata } from "./types";

/** Type-specific Open Graph fields: [field, property suffix] per `og:type`. */
const OG_TYPE_FIELDS: Record<string, [string, string][]> = {
  article: [["publishedTime", "published_time"], ["modifiedTime", "modified_time"], ["expirationTime", "expiration_time"], ["authors", "author"], ["section", "section"], ["tags", "tag"]],
  book: [["isbn", "isbn"], ["releaseDate", "release_date"], ["authors", "author"], ["tags", "tag"]],
  profile: [["firstName", "first_name"], ["lastName", "last_name"], ["username", "username"], ["gender", "gender"]],
  "music.song": [["duration", "duration"], ["albums", "album"], ["musicians", "musician"]],
  "music.album": [["songs", "song"], ["musicians", "musician"], ["releaseDate", "release_date"]],
  "music.playlist": [["songs", "song"], ["creators", "creator"]],
  "music.radio_station": [["creators", "creator"]],
  video: [["actors", "actor"], ["directors", "director"], ["writers", "writer"], ["duration", "duration"], ["releaseDate", "release_date"], ["tags", "tag"], ["series", "series"]],
};

type Scalar = string | number | boolean | URL | null | undefined;

/** Values of a type field: strings, numbers, or objects carrying a `url`. */
function values(value: unknown): Scalar[] {
  return asArray(value).map((v) => (v && typeof v === "object" && !(v instanceof URL) && "url" in v ? (v as { url: Scalar }).url : (v as Scalar)));
}

function mediaTags(list: TagList, key: "name" | "property", prefix: string, media: ResolvedImage[] | undefined): void {
  for (const item of media ?? []) {
    list.meta(key, prefix, item.url);
    list.meta(key, `${prefix}:secure_url`, item.secureUrl);
    list.meta(key, `${prefix}:type`, item.type);
    list.meta(key, `${prefix}:width`, item.width);
    list.meta(key, `${prefix}:height`, item.height);
    list.meta(key, `${prefix}:alt`, item.alt);
  }
}

function openGraphTags(list: TagList, og: NonNullable<ResolvedMetadata["openGraph"]>): void {
  const field = (name: string) => og[name] as Scalar | Scalar[];
  list.meta("property", "og:determiner", field("determiner"));
  list.meta("property", "og:title", og.title.absolute);
  list.meta("property", "og:description", og.description);
  list.meta("property", "og:url", og.url);
  list.meta("property", "og:site_name", field("siteName"));
  list.meta("property", "og:locale", field("locale"));
  list.meta("property", "og:country_name", field("countryName"));
  list.meta("property", "og:ttl", field("ttl"));
  mediaTags(list, "property", "og:image", og.images);
  mediaTags(list, "property", "og:video", og.videos as ResolvedImage[] | undefined);
  mediaTags(list, "property", "og:audio", og.audio as ResolvedImage[] | undefined);
  list.meta("property", "og:email", values(og.emails));
  list.meta("property", "og:phone_number", values(og.phoneNumbers));
  list.meta("property", "og:fax_number", values(og.faxNumbers));
  list.meta("property", "og:locale:alternate", values(og.alternateLocale));
  const type = typeof og.type === "string" ? og.type : undefined;
  if (!type) return;
  list.meta("property", "og:type", type);
  const group = type.startsWith("video.") ? "video" : type;
  const prefix = type.startsWith("music.") ? "music" : group;
  for (const [fieldName, suffix] of OG_TYPE_FIELDS[group] ?? []) list.meta("property", `${prefix}:${suffix}`, values(og[fieldName]));
}

const APP_PLATFORMS = ["iphone", "ipad", "googleplay"] as const;

function twitterTags(list: TagList, tw: NonNullable<ResolvedMetadata["twitter"]>): void {
  const field = (name: string) => tw[name] as Scalar;
  list.meta("name", "twitter:card", tw.card);
  list.meta("name", "twitter:site", field("site"));
  list.meta("name", "twitter:site:id", field("siteId"));
  list.meta("name", "twitter:creator", field("creator"));
  list.meta("name", "twitter:creator:id", field("creatorId"));
  list.meta("name", "twitter:title", tw.title.absolute);
  list.meta("name", "twitter:description", tw.description);
  mediaTags(list, "name", "twitter:image", tw.images);
  if (tw.card === "player") {
    for (const player of asArray(tw.players as Record<string, Scalar> | Record<string, Scalar>[])) {
      list.meta("name", "twitter:player", player.playerUrl);
      list.meta("name", "twitter:player:stream", player.streamUrl);
      list.meta("name", "twitter:player:width", player.width);
      list.meta("name", "twitter:player:height", player.height);
    }
  }
  const app = tw.app as { name?: string; id?: Record<string, Scalar>; url?: Record<string, Scalar> } | undefined;
  if (tw.card === "app" && app) {
    for (const platform of APP_PLATFORMS) {
      if (app.id?.[platform] === undefined) continue;
      list.meta("name", `twitter:app:name:${platform}`, app.name);
      list.meta("name", `twitter:app:id:${platform}`, app.id[platform]);
      list.meta("name", `twitter:app:url:${platform}`, app.url?.[platform]);
    }
  }
}

export function socialTags(list: TagList, metadata: ResolvedMetadata): void {
  if (metadata.openGraph) openGraphTags(list, metadata.openGraph);
  if (metadata.twitter) twitterTags(list, metadata.twitter);
  for (const [platform, entries] of Object.entries(metadata.appLinks ?? {})) {
    for (const entry of entries) {
      for (const [key, value] of Object.entries(entry)) list.meta("property", `al:${platform}:${key}`, value as Scalar);
    }
  }
}
