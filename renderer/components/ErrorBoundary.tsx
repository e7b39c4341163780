import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { t } from '../i18n/t';

type ErrorBoundaryState = { error: Error | null };

/**
 * Catches an error thrown while a screen renders and says so, instead of leaving a blank
 * window; the menu stays usable. A class, because React has no hook for this.
 */
export class ErrorBoundary extends Component<{ children: ReactNode }, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { error: null };

  static getDerivedStateFromError(error: Error): ErrorBoundaryState {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(error, info.componentStack);
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <Alert severity="error" role="alert">
        <AlertTitle>{t('common.unexpectedError', { message: error.message })}</AlertTitle>
        <Button color="inherit" onClick={() => this.setState({ error: null })}>
          {t('common.tryAgain')}
        </Button>
      </Alert>
    );
  }
}
