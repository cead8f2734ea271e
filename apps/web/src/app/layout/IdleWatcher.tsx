import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { lastActivity } from '../api/client.ts';
import { useCurrentUser } from '../current-user.tsx';
import { meQueryKey } from '../session.ts';

const CHECK_EVERY_MS = 30_000;
// The server notes activity at most once a minute, so its clock runs out no later than ours.
const GRACE_MS = 5_000;

/**
 * An unattended screen must not keep showing data after the session has ended: once this tab has been
 * idle for the policy's timeout, ask the server; if the session is gone the 401 leads to the login page.
 */
export const IdleWatcher = () => {
  const { session } = useCurrentUser();
  const queryClient = useQueryClient();
  const idleMs = session.idleTimeoutMinutes * 60_000;

  useEffect(() => {
    const timer = window.setInterval(() => {
      if (Date.now() - lastActivity() > idleMs + GRACE_MS) void queryClient.refetchQueries({ queryKey: meQueryKey });
    }, CHECK_EVERY_MS);
    return () => window.clearInterval(timer);
  }, [idleMs, queryClient]);

  return null;
};
