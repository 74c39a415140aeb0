/**
 * Financial years and date ranges, as minutes write them.
 *
 * <p>A {@link io.github.minutebook.calendar.FinancialYear} such as "2016/17" has a configurable year
 * start (1 April in the UK, 1 July or 1 October elsewhere); a {@link
 * io.github.minutebook.calendar.DateRange} is a period with an open or closed start and end.
 */
@CheckReturnValue
@NullMarked
package io.github.minutebook.calendar;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
