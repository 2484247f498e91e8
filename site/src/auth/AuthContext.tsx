/**
 * Who is logged in. On start the app asks POST /api/auth/refresh whether the refresh cookie still
 * holds a session; login (password or one-time code) and logout go through api/client.ts. When a
 * refresh is refused in the middle of a call (auth/token.ts endSession), the state drops to
 * anonymous and RequireAuth sends the user to /login.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { login as apiLogin, loginWithCode as apiLoginWithCode, logout as apiLogout, refreshSession } from '../api/client';
import { onSessionEnded } from './token';

export type AuthStatus = 'checking' | 'authenticated' | 'anonymous';

export type Auth = {
  status: AuthStatus;
  login: (identifier: string, password: string) => Promise<void>;
  /** the one-time code sent by SMS instead of the password (POST /api/auth/otp/verify) */
  loginWithCode: (identifier: string, code: string) => Promise<void>;
  logout: () => Promise<void>;
};

const AuthContext = createContext<Auth | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const [status, setStatus] = useState<AuthStatus>('checking');

  useEffect(() => {
    let active = true;
    refreshSession().then((ok) => {
      if (active) setStatus(ok ? 'authenticated' : 'anonymous');
    });
    const unsubscribe = onSessionEnded(() => setStatus('anonymous'));
    return () => {
      active = false;
      unsubscribe();
    };
  }, []);

  const login = useCallback(async (identifier: string, password: string) => {
    await apiLogin(identifier, password);
    setStatus('authenticated');
  }, []);

  const loginWithCode = useCallback(async (identifier: string, code: string) => {
    await apiLoginWithCode(identifier, code);
    setStatus('authenticated');
  }, []);

  const logout = useCallback(async () => {
    await apiLogout();
    setStatus('anonymous');
  }, []);

  const value = useMemo<Auth>(() => ({ status, login, loginWithCode, logout }), [status, login, loginWithCode, logout]);
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export const useAuth = (): Auth => {
  const ctx = useContext(AuthContext);
  if (!ctx) throw new Error('useAuth must be used inside <AuthProvider>');
  return ctx;
};
