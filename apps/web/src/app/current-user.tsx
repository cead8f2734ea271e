import { createContext, type ReactNode, useContext } from 'react';
import type { Me } from './api/types.ts';
import { can, type Capability } from './permissions.ts';

const CurrentUserContext = createContext<Me | null>(null);

export const CurrentUserProvider = ({ user, children }: { user: Me; children: ReactNode }) => (
  <CurrentUserContext.Provider value={user}>{children}</CurrentUserContext.Provider>
);

/** The signed-in account; only pages inside RequireAuth call this. */
export const useCurrentUser = (): Me => {
  const user = useContext(CurrentUserContext);
  if (!user) throw new Error('useCurrentUser is used outside RequireAuth');
  return user;
};

export const useCan = () => {
  const user = useCurrentUser();
  return (capability: Capability) => can(user.account.roles, capability);
};
