// next/image fixture: test/presets/suites/images.ts checks the markup and the
// optimiser, test/e2e/image-cls.test.ts measures layout shift in Chromium.
import Image, { getImageProps } from "next/image";
import LegacyImage from "next/legacy/image";
import { ClientStaticImage } from "../../components/client-static-image";
import { LoaderImage } from "../../components/loader-image";
import photo from "./photo.jpg";
import pic from "./pic.png";

export const metadata = { title: "Images" };

function Picture() {
  const common = { alt: "art direction", width: 600, height: 350 };
  const { props: wide } = getImageProps({ ...common, src: "/images/wide.png", quality: 50 });
  const { props: narrow } = getImageProps({ ...common, src: pic, width: 400, height: 300 });
  return (
    <picture data-testid="picture">
      <source media="(min-width: 800px)" srcSet={wide.srcSet} />
      <img {...narrow} data-testid="picture-img" />
    </picture>
  );
}

export default function ImagesPage() {
  return (
    <section>
      <h1>Images</h1>
      <Image id="static-blur" src={pic} alt="static import with blur" placeholder="blur" priority />
      <Image id="fixed" src="/images/wide.png" alt="fixed size" width={600} height={350} />
      <div style={{ position: "relative", width: 300, height: 175 }}>
        <Image id="fill" src="/images/wide.png" alt="fill" fill sizes="(max-width: 768px) 100vw, 50vw" style={{ objectFit: "cover" }} />
      </div>
      <Image id="quality" src={photo} alt="quality 50" quality={50} width={160} />
      <Image id="eager" src="/images/wide.png" alt="eager" width={120} height={70} loading="eager" />
      <Image id="unoptimized" src="/images/wide.png" alt="unoptimized" width={120} height={70} unoptimized />
      <Image id="svg" src="/images/logo.svg" alt="svg" width={64} height={64} />
      <LoaderImage />
      <ClientStaticImage />
      <div style={{ width: 300 }}>
        <LegacyImage id="legacy" src="/images/wide.png" alt="legacy responsive" width={1200} height={700} layout="responsive" />
      </div>
      <Picture />
    </section>
  );
}
