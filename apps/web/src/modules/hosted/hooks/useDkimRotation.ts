import { useMutation } from '@apollo/client/react';
import { RetireHostedDkimKeyMutation, RotateHostedDkimKeyMutation } from '../graphql/hosted.graphql';
import { writeHostedSettings } from './hosted-cache';

/** Rotate adds a pending key; retire removes one that no longer signs. One error for both. */
export function useDkimRotation() {
  const [rotateMutation, rotation] = useMutation(RotateHostedDkimKeyMutation, {
    update: (cache, { data }) => writeHostedSettings(cache, data?.rotateDkimKey),
  });
  const [retireMutation, retirement] = useMutation(RetireHostedDkimKeyMutation, {
    update: (cache, { data }) => writeHostedSettings(cache, data?.retireDkimKey),
  });
  const rotate = async () => {
    retirement.reset();
    const result = await rotateMutation().catch(() => undefined);
    return result?.data?.rotateDkimKey.hosted ?? null;
  };
  const retire = async (selector: string) => {
    rotation.reset();
    const result = await retireMutation({ variables: { selector } }).catch(() => undefined);
    return result?.data?.retireDkimKey.hosted ?? null;
  };
  return {
    rotate,
    retire,
    rotating: rotation.loading,
    retiring: retirement.loading,
    error: rotation.error ?? retirement.error,
  };
}
