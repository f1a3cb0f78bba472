import Link from "next/link";
import { useRouter } from "next/router";

// i18n: locale, locales and defaultLocale reach getServerSideProps and the router (Next: test/e2e/i18n-support).
export async function getServerSideProps({ locale, locales, defaultLocale }: { locale: string; locales: string[]; defaultLocale: string }) {
  return { props: { fromServer: { locale, locales, defaultLocale } } };
}

export default function Intl({ fromServer }: { fromServer: { locale: string } }) {
  const router = useRouter();
  return (
    <main>
      <p data-testid="intl-server-locale">{fromServer.locale}</p>
      <p data-testid="intl-router-locale">{router.locale}</p>
      <p data-testid="intl-as-path">{router.asPath}</p>
      <Link href="/intl/static" id="intl-to-static">static (same locale)</Link>
      <Link href="/intl" locale="fr" id="intl-to-fr">fr</Link>
      <Link href="/intl" locale="en" id="intl-to-en">en</Link>
    </main>
  );
}
