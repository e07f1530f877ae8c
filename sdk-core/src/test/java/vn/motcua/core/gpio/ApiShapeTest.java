package vn.motcua.core.gpio;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** No Pi4J type may appear in the public GPIO API. */
class ApiShapeTest {

    @Test
    void publicGpioApiMentionsNoPi4jType() throws Exception {
        List<Class<?>> api = publicApiClasses();
        assertThat(api).extracting(Class::getSimpleName)
                .contains("GpioBoard", "Button", "Lamp", "ButtonConfig", "ButtonEvent", "GpioSimulator");

        List<String> leaks = new ArrayList<>();
        for (Class<?> type : api) {
            List<Type> mentioned = new ArrayList<>();
            mentioned.add(type.getGenericSuperclass());
            mentioned.addAll(Arrays.asList(type.getGenericInterfaces()));
            for (Method method : type.getDeclaredMethods()) {
                if (isVisible(method.getModifiers())) {
                    mentioned.add(method.getGenericReturnType());
                    mentioned.addAll(Arrays.asList(method.getGenericParameterTypes()));
                    mentioned.addAll(Arrays.asList(method.getGenericExceptionTypes()));
                }
            }
            for (Constructor<?> constructor : type.getDeclaredConstructors()) {
                if (isVisible(constructor.getModifiers())) {
                    mentioned.addAll(Arrays.asList(constructor.getGenericParameterTypes()));
                }
            }
            for (Field field : type.getDeclaredFields()) {
                if (isVisible(field.getModifiers())) {
                    mentioned.add(field.getGenericType());
                }
            }
            mentioned.stream()
                    .filter(t -> t != null && t.getTypeName().contains("com.pi4j"))
                    .forEach(t -> leaks.add(type.getName() + " mentions " + t.getTypeName()));
        }
        assertThat(leaks).isEmpty();
    }

    private static boolean isVisible(int modifiers) {
        return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
    }

    private static List<Class<?>> publicApiClasses() throws URISyntaxException, ClassNotFoundException {
        File dir = new File(GpioBoard.class.getResource("GpioBoard.class").toURI()).getParentFile();
        List<Class<?>> classes = new ArrayList<>();
        for (String file : dir.list((d, name) -> name.endsWith(".class"))) {
            Class<?> type = Class.forName(GpioBoard.class.getPackageName() + "." + file.replace(".class", ""));
            if (Modifier.isPublic(type.getModifiers())) {
                classes.add(type);
            }
        }
        return classes;
    }
}
