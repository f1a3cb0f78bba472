// Server-only data: imported only by getServerSideProps/getStaticProps. The
// preset suite asserts this token never appears in any client chunk.
export const DB_TOKEN = "vinext-pages-server-secret-8c1f";

export function loadPosts(): { slug: string; title: string }[] {
  // A side effect the bundler cannot fold away, so the token really is in the server build.
  (globalThis as { __dbToken?: string }).__dbToken = DB_TOKEN;
  return [
    { slug: "hello", title: "Hello pages" },
    { slug: "world", title: "World of data" },
  ];
}
