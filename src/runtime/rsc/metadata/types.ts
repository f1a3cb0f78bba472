// Shapes of the Metadata API: what layouts and pages export (`metadata`,
// `viewport`) and what resolution produces (what `parent` resolves to and what
// the renderer reads). Field names follow
// https://nextjs.org/docs/app/api-reference/functions/generate-metadata

export type UrlLike = string | URL;
type Many<T> = T | T[];

export type TitleInput = string | { default?: string; template?: string; absolute?: string } | null;

export interface ImageInput {
  url: UrlLike;
  secureUrl?: UrlLike;
  alt?: string;
  type?: string;
  width?: string | number;
  height?: string | number;
}

export interface IconInput {
  url: UrlLike;
  type?: string;
  sizes?: string;
  media?: string;
  rel?: string;
  color?: string;
  fetchPriority?: "high" | "low" | "auto";
}

type IconsField = Many<UrlLike | IconInput>;

/** `index`/`follow` plus flags such as `nocache` or `"max-snippet": -1`. */
export type RobotsInfo = { index?: boolean; follow?: boolean } & Record<string, unknown>;

/** The `metadata` export (loosely typed: unknown keys are ignored, as Next does). */
export interface MetadataInput {
  metadataBase?: UrlLike | null;
  title?: TitleInput;
  description?: string | null;
  applicationName?: string | null;
  authors?: Many<{ name?: string; url?: UrlLike }> | null;
  generator?: string | null;
  keywords?: Many<string> | null;
  referrer?: string | null;
  creator?: string | null;
  publisher?: string | null;
  robots?: string | (RobotsInfo & { googleBot?: string | RobotsInfo }) | null;
  alternates?: {
    canonical?: UrlLike | { url: UrlLike; title?: string } | null;
    languages?: Record<string, UrlLike | { url: UrlLike; title?: string }[] | null>;
    media?: Record<string, UrlLike | { url: UrlLike; title?: string }[] | null>;
    types?: Record<string, UrlLike | { url: UrlLike; title?: string }[] | null>;
  } | null;
  icons?: IconsField | { icon?: IconsField; shortcut?: IconsField; apple?: IconsField; other?: Many<IconInput> } | null;
  manifest?: UrlLike | null;
  openGraph?: Record<string, unknown> | null;
  twitter?: Record<string, unknown> | null;
  verification?: Record<string, Many<string | number> | Record<string, Many<string | number>>> | null;
  appleWebApp?: boolean | { capable?: boolean; title?: string; statusBarStyle?: string; startupImage?: Many<UrlLike | { url: string; media?: string }> } | null;
  formatDetection?: Record<string, boolean> | null;
  itunes?: { appId: string; appArgument?: string } | null;
  facebook?: { appId?: string; admins?: Many<string> } | null;
  pinterest?: { richPin?: string | boolean } | null;
  appLinks?: Record<string, Many<Record<string, unknown>>> | null;
  abstract?: string | null;
  archives?: Many<string> | null;
  assets?: Many<string> | null;
  bookmarks?: Many<string> | null;
  pagination?: { previous?: UrlLike | null; next?: UrlLike | null } | null;
  category?: string | null;
  classification?: string | null;
  other?: Record<string, Many<string | number>> | null;
}

export interface ViewportInput {
  width?: string | number;
  height?: string | number;
  initialScale?: number;
  minimumScale?: number;
  maximumScale?: number;
  userScalable?: boolean;
  viewportFit?: string;
  interactiveWidget?: string;
  themeColor?: Many<string | { color: string; media?: string }> | null;
  colorScheme?: string | null;
}

export interface ResolvedTitle {
  absolute: string;
  template: string | null;
}

export interface ResolvedImage {
  url: UrlLike;
  secureUrl?: UrlLike;
  alt?: string;
  type?: string;
  width?: string | number;
  height?: string | number;
}

export interface ResolvedLink {
  url: UrlLike;
  title?: string;
}

export interface ResolvedIcons {
  icon: IconInput[];
  apple: IconInput[];
  shortcut?: IconInput[];
  other?: IconInput[];
}

export type ResolvedOpenGraph = Record<string, unknown> & {
  title: ResolvedTitle;
  description?: string;
  url?: UrlLike | null;
  images?: ResolvedImage[];
};

export type ResolvedTwitter = Record<string, unknown> & {
  title: ResolvedTitle;
  description?: string;
  card?: string;
  images?: ResolvedImage[];
};

/** What `await parent` gives a `generateMetadata` and what the renderer reads. */
export interface ResolvedMetadata {
  metadataBase: URL | null;
  title: ResolvedTitle | null;
  description: string | null;
  applicationName: string | null;
  authors: { name?: string; url?: UrlLike }[] | null;
  generator: string | null;
  keywords: string[] | null;
  referrer: string | null;
  creator: string | null;
  publisher: string | null;
  robots: { basic: string | null; googleBot: string | null } | null;
  alternates: {
    canonical: ResolvedLink | null;
    languages: Record<string, ResolvedLink[]> | null;
    media: Record<string, ResolvedLink[]> | null;
    types: Record<string, ResolvedLink[]> | null;
  } | null;
  icons: ResolvedIcons | null;
  manifest: UrlLike | null;
  openGraph: ResolvedOpenGraph | null;
  twitter: ResolvedTwitter | null;
  verification: Record<string, (string | number)[]> | null;
  appleWebApp: { capable: boolean; title?: string; statusBarStyle?: string; startupImage?: { url: string; media?: string }[] } | null;
  formatDetection: Record<string, boolean> | null;
  itunes: { appId: string; appArgument?: string } | null;
  facebook: { appId?: string; admins?: string[] } | null;
  pinterest: { richPin: string | boolean } | null;
  appLinks: Record<string, Record<string, unknown>[]> | null;
  abstract: string | null;
  archives: string[] | null;
  assets: string[] | null;
  bookmarks: string[] | null;
  pagination: { previous: UrlLike | null; next: UrlLike | null };
  category: string | null;
  classification: string | null;
  other: Record<string, Many<string | number>> | null;
}

/** The viewport input with theme colors normalised to a list and nothing left undecided. */
export interface ResolvedViewport extends Omit<ViewportInput, "themeColor" | "colorScheme"> {
  themeColor: { color: string; media?: string }[] | null;
  colorScheme: string | null;
}
