import Link from "next/link";

export default function Gallery() {
  return (
    <section>
      <h2 data-testid="gallery">Gallery</h2>
      {["1", "2"].map((id) => (
        <Link key={id} href={`/photos/p/${id}`} data-testid={`photo-link-${id}`}>
          Photo {id}
        </Link>
      ))}
    </section>
  );
}
