// A static segment next to [slug]: static routes take precedence.
export default function FeaturedPosts() {
  return <h1 data-testid="blog-featured">Featured posts</h1>;
}
