package cn.ybjg.hostile;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/** A test class that talks to the running stack: skipped, with the reason in the report, when none is given. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@EnabledIfSystemProperty(named = "hostile.claims", matches = "\\S+", disabledReason = Stack.SKIPPED)
@interface NeedsStack {
}
