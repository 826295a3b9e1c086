// zod and the shared schemas are about a tenth of the sign-in page's JavaScript, so they load
// in their own chunk: prefetched once the form shows, awaited on submit.
const loadShared = () => import('@ametrika/shared');

export function prefetchSignInSchema() {
  void loadShared().catch(() => undefined);
}

export async function validateSignIn(input: { email: string; password: string }) {
  const { signInInputSchema } = await loadShared();
  return signInInputSchema.safeParse(input);
}
