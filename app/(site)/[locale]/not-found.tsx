import { NotFoundContent } from '@/components/site/not-found-content';
import { getIdentity } from '@/lib/identity';

export default async function NotFound() {
  return <NotFoundContent names={(await getIdentity()).name} />;
}
